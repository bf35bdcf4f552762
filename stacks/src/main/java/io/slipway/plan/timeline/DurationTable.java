package io.slipway.plan.timeline;

import io.slipway.offline.RegisteredResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One duration data file next to this class ({@code create-durations.csv}, {@code update-durations.csv}):
 * rows of {@code type,chart,seconds,source or reasoning}, where "chart" narrows a Helm release row to one
 * chart ("" = any) and the row {@code *} is the default for types not listed. Component resources,
 * providers and reads (stack references) take no time whatever the table says: they call no cloud API.
 */
final class DurationTable implements Durations {
    private static final String ANY = "*";

    /**
     * One row of the file.
     *
     * @param type    the resource type token, or {@code *}
     * @param chart   the Helm chart the row is narrowed to, "" for any
     * @param seconds the duration
     * @param source  where the figure comes from, or the reasoning behind the estimate
     */
    record Row(String type, String chart, int seconds, String source) {}

    private final Map<String, Integer> seconds;
    private final List<Row> rows;

    DurationTable(List<Row> rows) {
        var byKey = new LinkedHashMap<String, Integer>();
        rows.forEach(row -> byKey.put(key(row.type(), row.chart()), row.seconds()));
        this.seconds = Map.copyOf(byKey);
        this.rows = List.copyOf(rows);
        Objects.requireNonNull(seconds.get(key(ANY, "")), "the table needs a default row '*'");
    }

    /** A table with figures only, keyed {@code type|chart} (tests). */
    static DurationTable of(Map<String, Integer> seconds) {
        return new DurationTable(seconds.entrySet().stream().map(e -> {
            String[] typeAndChart = e.getKey().split("\\|", -1);
            return new Row(typeAndChart[0], typeAndChart[1], e.getValue(), "");
        }).toList());
    }

    /** The file {@code resource} next to this class. */
    static DurationTable load(String resource) {
        var rows = new ArrayList<Row>();
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DurationTable.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() < 4) {
                    throw new IllegalStateException(resource + ": expected type,chart,seconds,source in: " + line);
                }
                // the source is the last column: an unquoted comma in it only splits it
                rows.add(new Row(fields.get(0), fields.get(1), Integer.parseInt(fields.get(2)),
                        String.join(",", fields.subList(3, fields.size()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new DurationTable(rows);
    }

    List<Row> rows() {
        return rows;
    }

    @Override
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
