package io.slipway.model.validation.cloud;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The sizes of common AWS instance types and GCP machine types, from {@code instance-types.csv}. */
public final class InstanceCatalog {
    private static final String RESOURCE = "/io/slipway/model/instance-types.csv";

    /** vCPUs and memory of one type. */
    public record Size(int vcpus, double memoryGib) {}

    private final Map<String, Size> sizes;

    private InstanceCatalog(Map<String, Size> sizes) {
        this.sizes = Map.copyOf(sizes);
    }

    public static InstanceCatalog load() {
        try (InputStream in = InstanceCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Size> sizes = new HashMap<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",");
                sizes.put(fields[0].trim(), new Size(Integer.parseInt(fields[1].trim()), Double.parseDouble(fields[2].trim())));
            }
            return new InstanceCatalog(sizes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Size> sizeOf(String type) {
        return Optional.ofNullable(sizes.get(type));
    }
}
