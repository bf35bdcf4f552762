package io.slipway.plan.timeline;

import io.slipway.offline.RegisteredResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Typical create durations per resource type (and per chart for Helm releases), read from the one
 * data file {@code create-durations.csv} next to this class, each row with its source or reasoning.
 * Component resources, providers and reads (stack references) take no time: they call no cloud API.
 */
public final class CreateDurations {
    static final String RESOURCE = "create-durations.csv";
    private static final String ANY = "*";

    private final Map<String, Integer> seconds;

    CreateDurations(Map<String, Integer> seconds) {
        this.seconds = Map.copyOf(seconds);
        Objects.requireNonNull(seconds.get(key(ANY, "")), "the table needs a default row '*'");
    }

    /** The shipped table. */
    public static CreateDurations shipped() {
        var rows = new HashMap<String, Integer>();
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CreateDurations.class.getResourceAsStream(RESOURCE), RESOURCE), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                rows.put(key(fields.get(0), fields.get(1)), Integer.parseInt(fields.get(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new CreateDurations(rows);
    }

    /** Seconds to create {@code resource}. */
    public int of(RegisteredResource resource) {
        String type = resource.type();
        if (resource.read() || type.startsWith("slipway:") || type.startsWith("pulumi:")) {
            return 0;
        }
        Object chart = resource.input("chart").orElse(null);
        if (chart != null) {
            String name = chart.toString().substring(chart.toString().lastIndexOf('/') + 1);
            Integer byChart = seconds.get(key(type, name));
            if (byChart != null) {
                return byChart;
            }
        }
        Integer byType = seconds.get(key(type, ""));
        return byType != null ? byType : seconds.get(key(ANY, ""));
    }

    private static String key(String type, String chart) {
        return type + "|" + chart;
    }

    /** CSV fields; a field in double quotes may hold commas. */
    static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
