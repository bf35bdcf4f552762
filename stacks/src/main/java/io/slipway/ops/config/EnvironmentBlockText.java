package io.slipway.ops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slipway.model.loading.EnvironmentLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the {@code slipway:environment} object inside a stack file, rewritten key by key:
 * a top-level key of the object whose value did not change keeps its text exactly (comments and
 * flow style included); a changed key is re-rendered; a new key is appended; a removed key goes.
 * So the diff of a pull request shows only what the step changed.
 */
final class EnvironmentBlockText {
    private static final ObjectMapper YAML_OUT = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();
    private static final Pattern ENVIRONMENT_KEY =
            Pattern.compile("(?m)^( *)" + Pattern.quote(EnvironmentLoader.CONFIG_KEY) + ":[ \\t]*(#.*)?$");
    private static final Pattern CHILD_KEY = Pattern.compile("^( *)([A-Za-z][A-Za-z0-9_-]*):(?:[ \\t].*)?$");

    private EnvironmentBlockText() {}

    /**
     * The file text with the object's block rewritten from {@code before} to {@code after}, or
     * empty when the object is not written block-style (its key alone on a line) and cannot be.
     */
    static Optional<String> rewrite(String text, ObjectNode before, ObjectNode after) {
        Matcher key = ENVIRONMENT_KEY.matcher(text);
        if (!key.find()) {
            return Optional.empty();
        }
        int indent = key.group(1).length();
        int blockStart = text.indexOf('\n', key.end()) + 1;
        List<String> lines = new ArrayList<>();
        int end = blockStart;
        int contentEnd = blockStart;
        while (end < text.length()) {
            int lineEnd = text.indexOf('\n', end);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
            String line = text.substring(end, lineEnd);
            if (!line.isBlank()) {
                if (indentOf(line) <= indent) {
                    break;
                }
                contentEnd = lineEnd;
            }
            end = lineEnd;
        }
        text.substring(blockStart, contentEnd).lines().forEach(lines::add);
        String block = renderBlock(lines, before, after, indent + 2);
        return Optional.of(text.substring(0, blockStart) + block + text.substring(contentEnd));
    }

    private static String renderBlock(List<String> lines, ObjectNode before, ObjectNode after, int childIndent) {
        Map<String, String> keptText = segments(lines, childIndent);
        Set<String> keys = new HashSet<>(keptText.keySet());
        keys.remove("");
        if (!keys.equals(fieldNames(before))) {
            // The text is laid out in a way this splitter does not follow: render the whole object.
            return render(after, childIndent);
        }
        StringBuilder block = new StringBuilder(keptText.getOrDefault("", ""));
        for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().equals(before.get(field.getKey()))) {
                block.append(keptText.get(field.getKey()));
            } else {
                ObjectNode single = JsonNodeFactory.instance.objectNode();
                single.set(field.getKey(), field.getValue());
                block.append(render(single, childIndent));
            }
        }
        return block.toString();
    }

    /** The text of each top-level key (its line and everything below it); "" holds what precedes the first. */
    private static Map<String, String> segments(List<String> lines, int childIndent) {
        Map<String, String> segments = new LinkedHashMap<>();
        String current = "";
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            Matcher child = CHILD_KEY.matcher(line);
            if (child.matches() && child.group(1).length() == childIndent) {
                segments.put(current, text.toString());
                current = child.group(2);
                text = new StringBuilder();
            }
            text.append(line).append('\n');
        }
        segments.put(current, text.toString());
        if (segments.get("").isEmpty()) {
            segments.remove("");
        }
        return segments;
    }

    private static Set<String> fieldNames(ObjectNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String render(ObjectNode node, int indent) {
        String body;
        try {
            body = YAML_OUT.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String prefix = " ".repeat(indent);
        StringBuilder rendered = new StringBuilder();
        body.lines().forEach(line -> rendered.append(prefix).append(line).append('\n'));
        return rendered.toString();
    }

    private static int indentOf(String line) {
        return line.length() - line.stripLeading().length();
    }
}
