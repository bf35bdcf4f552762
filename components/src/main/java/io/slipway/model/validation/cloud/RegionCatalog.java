package io.slipway.model.validation.cloud;

import io.slipway.model.Cloud;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The regions Slipway supports and their zones, per cloud, from {@code regions.csv} (documented in the file). */
public final class RegionCatalog {
    public static final String RESOURCE = "/io/slipway/model/regions.csv";
    private static final RegionCatalog SHIPPED = load();

    private final Map<String, List<String>> zonesByCloudAndRegion;

    private RegionCatalog(Map<String, List<String>> zones) {
        this.zonesByCloudAndRegion = zones;
    }

    public static RegionCatalog shipped() {
        return SHIPPED;
    }

    /** The zones of a supported region, or empty when the catalog does not list it. */
    public Optional<List<String>> zonesOf(Cloud cloud, String region) {
        return Optional.ofNullable(zonesByCloudAndRegion.get(key(cloud, region)));
    }

    public List<String> regions(Cloud cloud) {
        String prefix = cloud.name().toLowerCase(Locale.ROOT) + ",";
        return zonesByCloudAndRegion.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).toList();
    }

    private static String key(Cloud cloud, String region) {
        return cloud.name().toLowerCase(Locale.ROOT) + "," + region;
    }

    private static RegionCatalog load() {
        try (InputStream in = RegionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, List<String>> zones = new TreeMap<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", 3);
                zones.put(fields[0].trim() + "," + fields[1].trim(), List.copyOf(Arrays.asList(fields[2].trim().split("\\s+"))));
            }
            return new RegionCatalog(zones);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
