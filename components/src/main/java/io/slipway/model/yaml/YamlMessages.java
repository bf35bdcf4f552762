package io.slipway.model.yaml;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The parser's reason for refusing a file, in the user's words: what it found, never the library's
 * class names or internals. The line and column are added by the caller.
 */
final class YamlMessages {
    /** A qualified Java name such as {@code org.yaml.snakeyaml.nodes.MappingNode}. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*");

    private YamlMessages() {}

    static String of(MarkedYAMLException e) {
        if (String.valueOf(e.getProblem()).contains("another document")) {
            return "the file holds more than one YAML document (---); a stack file holds one";
        }
        String problem = e.getProblem() == null ? "" : clean(e.getProblem());
        String context = e.getContext() == null ? "" : clean(e.getContext());
        if (problem.isEmpty()) {
            return context;
        }
        return context.isEmpty() ? problem : problem + ", " + context;
    }

    static String of(YAMLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Nesting Depth exceeded")) {
            return "the file nests more than " + StackFileReader.MAX_NESTING + " levels deep";
        }
        if (message.contains("Number of aliases")) {
            return "more than " + StackFileReader.MAX_ALIASES + " aliases to lists or objects";
        }
        if (message.contains("code points")) {
            return "the file is longer than " + StackFileReader.MAX_CHARACTERS + " characters";
        }
        return clean(message);
    }

    private static String clean(String text) {
        String oneLine = text.lines().findFirst().orElse("").strip();
        return JAVA_NAME.matcher(oneLine.replace("\\t(TAB)", "a tab").replace("\t(TAB)", "a tab"))
                .replaceAll("a value").replace("(Do not use a tab for indentation)", "(indent with spaces, not tabs)");
    }
}
