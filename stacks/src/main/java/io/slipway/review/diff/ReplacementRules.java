package io.slipway.review.diff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which input changes replace a resource, from {@code replacement-rules.csv} (one row per type and
 * input, each with its source in the provider's schema or documentation and the day it was checked).
 */
public final class ReplacementRules {
    static final String RESOURCE = "/io/slipway/review/replacement-rules.csv";

    /** What a change of the input does to the resource. */
    public enum Effect {
        REPLACE, ROLLING, NEW_VERSION;

        static Effect parse(String text) {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** One row: a change at or below {@code input} of a resource of {@code type} has {@code effect}. */
    public record Rule(String type, String input, Effect effect, String source, String checked) {
        boolean matches(String changedType, String path) {
            if (!type.equals(changedType)) {
                return false;
            }
            String normalized = path.replaceAll("\\[\\d+]", "");
            return input.equals("*") || normalized.equals(input) || normalized.startsWith(input + ".");
        }
    }

    private final List<Rule> rules;

    ReplacementRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static ReplacementRules shipped() {
        try (InputStream in = ReplacementRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReplacementRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length < 5) {
                throw new IllegalStateException(RESOURCE + ": expected type,input,effect,source,checked in: " + line);
            }
            rules.add(new Rule(f[0].trim(), f[1].trim(), Effect.parse(f[2]),
                    String.join(",", Arrays.copyOfRange(f, 3, f.length - 1)).trim(), f[f.length - 1].trim()));
        }
        return new ReplacementRules(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The strongest rule a change of {@code path} on a resource of {@code type} matches: a named input before {@code *}. */
    public Optional<Rule> ruleFor(String type, String path) {
        return rules.stream().filter(r -> r.matches(type, path)).min((a, b) -> Boolean.compare(a.input().equals("*"), b.input().equals("*")));
    }
}
