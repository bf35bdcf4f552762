package io.slipway.model.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves a plain (unquoted) YAML scalar the way the Pulumi CLI does: it reads stack files with Go's
 * {@code gopkg.in/yaml.v3}, whose rules (its {@code resolve.go}) differ from YAML 1.1 readers such as
 * SnakeYAML: {@code yes}/{@code on} stay strings, {@code 0777} and {@code 0o777} are octal, {@code _}
 * may separate digits, and timestamps stay the text written when decoded into untyped config. What
 * this returns is what the program sees under {@code pulumi up}, so the offline reader agrees with it.
 */
final class GoYamlScalars {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Go's {@code strconv} parses at most 64 bits; the digits beyond that become a float in yaml.v3. */
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger MIN_INT64 = BigInteger.valueOf(Long.MIN_VALUE);
    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern TIMESTAMP_START = Pattern.compile("[0-9]{4}-.*");
    private static final Map<String, JsonNode> SPECIAL = Map.ofEntries(
            Map.entry("true", NODES.booleanNode(true)), Map.entry("True", NODES.booleanNode(true)),
            Map.entry("TRUE", NODES.booleanNode(true)), Map.entry("false", NODES.booleanNode(false)),
            Map.entry("False", NODES.booleanNode(false)), Map.entry("FALSE", NODES.booleanNode(false)),
            Map.entry("", NODES.nullNode()), Map.entry("~", NODES.nullNode()), Map.entry("null", NODES.nullNode()),
            Map.entry("Null", NODES.nullNode()), Map.entry("NULL", NODES.nullNode()),
            Map.entry(".nan", NODES.numberNode(Double.NaN)), Map.entry(".NaN", NODES.numberNode(Double.NaN)),
            Map.entry(".NAN", NODES.numberNode(Double.NaN)),
            Map.entry(".inf", NODES.numberNode(Double.POSITIVE_INFINITY)), Map.entry(".Inf", NODES.numberNode(Double.POSITIVE_INFINITY)),
            Map.entry(".INF", NODES.numberNode(Double.POSITIVE_INFINITY)), Map.entry("+.inf", NODES.numberNode(Double.POSITIVE_INFINITY)),
            Map.entry("+.Inf", NODES.numberNode(Double.POSITIVE_INFINITY)), Map.entry("+.INF", NODES.numberNode(Double.POSITIVE_INFINITY)),
            Map.entry("-.inf", NODES.numberNode(Double.NEGATIVE_INFINITY)), Map.entry("-.Inf", NODES.numberNode(Double.NEGATIVE_INFINITY)),
            Map.entry("-.INF", NODES.numberNode(Double.NEGATIVE_INFINITY)));

    private GoYamlScalars() {}

    /** The value of a plain scalar: null, a boolean, a whole number, a float, or the text itself. */
    static JsonNode resolvePlain(String text) {
        JsonNode special = SPECIAL.get(text);
        if (special != null) {
            return special;
        }
        char first = text.charAt(0);
        if (first == '.') {
            return parseFloat(text);
        }
        if (first != '+' && first != '-' && (first < '0' || first > '9')) {
            return NODES.textNode(text);
        }
        if (TIMESTAMP_START.matcher(text).matches()) {
            return NODES.textNode(text); // yaml.v3 keeps timestamps as written in untyped values
        }
        String plain = text.replace("_", "");
        JsonNode integer = parseGoInt(plain);
        if (integer != null) {
            return integer;
        }
        if (YAML_FLOAT.matcher(plain).matches()) {
            return parseFloat(plain);
        }
        return NODES.textNode(text);
    }

    /** Go's {@code strconv.ParseInt(s, 0, 64)}, then {@code ParseUint}: sign, 0x/0o/0b prefixes, a leading 0 for octal. */
    private static JsonNode parseGoInt(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = plain.startsWith("-") || plain.startsWith("+") ? plain.substring(1) : plain;
        int radix = 10;
        if (digits.length() > 2 && digits.charAt(0) == '0' && "xXoObB".indexOf(digits.charAt(1)) >= 0) {
            radix = switch (Character.toLowerCase(digits.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.charAt(0) == '0') {
            radix = 8;
            digits = digits.substring(1);
        }
        if (digits.isEmpty() || digits.length() > 70 || !allDigits(digits, radix)) {
            return null;
        }
        BigInteger value = new BigInteger(digits, radix);
        value = negative ? value.negate() : value;
        if (value.compareTo(MIN_INT64) < 0 || value.compareTo(MAX_UINT64) > 0) {
            return DECIMAL.matcher(plain).matches() ? parseFloat(plain) : null;
        }
        return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
                : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    private static boolean allDigits(String digits, int radix) {
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    private static JsonNode parseFloat(String text) {
        if (!YAML_FLOAT.matcher(text).matches()) {
            return NODES.textNode(text);
        }
        double value = Double.parseDouble(text);
        // Go's ParseFloat fails on overflow, and yaml.v3 then keeps the text.
        return Double.isInfinite(value) ? NODES.textNode(text) : NODES.numberNode(value);
    }
}
