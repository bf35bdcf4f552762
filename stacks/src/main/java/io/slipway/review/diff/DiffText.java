package io.slipway.review.diff;

import io.slipway.review.graph.Section;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** {@code slipway diff} for people: grouped by section and component, changed inputs with old and new values. */
public final class DiffText {
    private static final int MAX_VALUE = 160;

    public String render(String title, List<ResourceChange> changes) {
        var text = new StringBuilder(title).append("\n");
        if (changes.isEmpty()) {
            return text.append("No changes.\n").toString();
        }
        Section section = null;
        String component = null;
        for (ResourceChange c : changes) {
            if (!c.section().equals(section)) {
                section = c.section();
                component = null;
                text.append('\n').append(section.label()).append('\n');
            }
            if (!c.component().equals(component)) {
                component = c.component();
                text.append("  ").append(component).append('\n');
            }
            text.append("    ").append(symbol(c.kind())).append(' ').append(c.type()).append("  ").append(c.name());
            text.append(c.kind() == ResourceChange.Kind.REPLACE ? "  (replace)" : "").append(c.protect() ? "  [protected]" : "").append('\n');
            for (InputChange input : c.inputs()) {
                text.append("        ").append(input.path()).append(": ").append(value(input.oldValue())).append(" -> ")
                        .append(value(input.newValue()));
                input.rule().ifPresent(r -> text.append("  ").append(effect(r.effect())).append(" [").append(r.source()).append(']'));
                text.append('\n');
            }
        }
        List<ResourceChange> loud = changes.stream().filter(c -> !c.loud().isEmpty()).toList();
        if (!loud.isEmpty()) {
            text.append('\n');
            loud.forEach(c -> c.loud().forEach(why -> text.append("!! ").append(c.type()).append(' ').append(c.name()).append(": ")
                    .append(why).append('\n')));
        }
        text.append('\n').append(summary(changes)).append('\n');
        return text.toString();
    }

    public static String summary(List<ResourceChange> changes) {
        return String.format(Locale.ROOT, "Summary: %d to add, %d to update, %d to replace, %d to delete",
                count(changes, ResourceChange.Kind.ADD), count(changes, ResourceChange.Kind.UPDATE),
                count(changes, ResourceChange.Kind.REPLACE), count(changes, ResourceChange.Kind.DELETE));
    }

    private static long count(List<ResourceChange> changes, ResourceChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    private static String symbol(ResourceChange.Kind kind) {
        return switch (kind) {
            case ADD -> "+";
            case DELETE -> "-";
            case UPDATE -> "~";
            case REPLACE -> "+-";
        };
    }

    private static String effect(ReplacementRules.Effect effect) {
        return switch (effect) {
            case REPLACE -> "forces replacement";
            case ROLLING -> "replaces every node (rolling update)";
            case NEW_VERSION -> "new launch template version";
        };
    }

    private static String value(String json) {
        String shown = Objects.requireNonNullElse(json, "(none)");
        return shown.length() <= MAX_VALUE ? shown : shown.substring(0, MAX_VALUE) + "...";
    }
}
