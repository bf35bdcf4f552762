package io.slipway.model.team;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 8}, {@code 16Gi}, {@code 1e3}), parsed by the
 * grammar of {@code k8s.io/apimachinery/pkg/api/resource}: a signed decimal number followed by a binary
 * SI suffix (Ki..Ei), a decimal SI suffix (m, k, M..E) or a decimal exponent (e/E and a signed integer).
 */
public final class Quantity {
    private static final Pattern GRAMMAR = Pattern.compile(
            "([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?\\d+)?");
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)), Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)), Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
            Map.entry("Pi", BigDecimal.valueOf(1L << 50)), Map.entry("Ei", BigDecimal.valueOf(1L << 60)),
            Map.entry("m", new BigDecimal("0.001")), Map.entry("k", BigDecimal.TEN.pow(3)),
            Map.entry("M", BigDecimal.TEN.pow(6)), Map.entry("G", BigDecimal.TEN.pow(9)),
            Map.entry("T", BigDecimal.TEN.pow(12)), Map.entry("P", BigDecimal.TEN.pow(15)),
            Map.entry("E", BigDecimal.TEN.pow(18)));

    private Quantity() {}

    /** The value in base units (cores, bytes), or empty when the text is not a quantity. */
    public static Optional<BigDecimal> parse(String text) {
        Matcher m = GRAMMAR.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1));
        String suffix = m.group(2);
        if (suffix == null) {
            return Optional.of(number);
        }
        if (suffix.startsWith("e") || suffix.startsWith("E")) {
            int exponent = Integer.parseInt(suffix.substring(1));
            return Math.abs(exponent) > 30 ? Optional.empty() : Optional.of(number.scaleByPowerOfTen(exponent));
        }
        return Optional.of(number.multiply(SUFFIXES.get(suffix)));
    }

    /** Why the text is not a usable non-negative quantity of the given resource, or null when it is. */
    public static String problem(String text, String resource) {
        Optional<BigDecimal> value = parse(text);
        if (value.isEmpty()) {
            return "'" + text + "' is not a Kubernetes quantity; write a number with an optional suffix, e.g. "
                    + ("cpu".equals(resource) ? "500m, 2 or 1.5" : "512Mi, 16Gi or 1G");
        }
        if (value.get().signum() < 0) {
            return "'" + text + "' is negative; a " + resource + " amount is zero or more";
        }
        return null;
    }

    /** The larger of two valid quantities, as written. */
    static String max(String a, String b) {
        return compare(a, b) >= 0 ? a : b;
    }

    /** The smaller of two valid quantities, as written. */
    static String min(String a, String b) {
        return compare(a, b) <= 0 ? a : b;
    }

    /** Compares two valid quantities by value. */
    public static int compare(String a, String b) {
        return parse(a).orElseThrow().compareTo(parse(b).orElseThrow());
    }
}
