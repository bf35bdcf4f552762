package io.slipway.review.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code slipway diff --json}: every change with its full old and new values, for CI to read. */
public final class DiffJson {
    public Map<String, Object> toJson(String stack, String base, List<ResourceChange> changes) {
        var root = new LinkedHashMap<String, Object>();
        root.put("stack", stack);
        root.put("base", base);
        root.put("summary", DiffText.summary(changes));
        root.put("attention", changes.stream().anyMatch(c -> !c.loud().isEmpty()));
        root.put("changes", changes.stream().map(DiffJson::change).toList());
        return root;
    }

    private static Map<String, Object> change(ResourceChange c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("urn", c.urn());
        json.put("type", c.type());
        json.put("name", c.name());
        json.put("section", c.section().label());
        json.put("component", c.component());
        json.put("protect", c.protect());
        json.put("inputs", c.inputs().stream().map(DiffJson::input).toList());
        json.put("attention", c.loud());
        return json;
    }

    private static Map<String, Object> input(InputChange i) {
        var json = new LinkedHashMap<String, Object>();
        json.put("path", i.path());
        json.put("old", i.oldValue());
        json.put("new", i.newValue());
        i.rule().ifPresent(r -> {
            json.put("effect", r.effect().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            json.put("source", r.source());
        });
        return json;
    }
}
