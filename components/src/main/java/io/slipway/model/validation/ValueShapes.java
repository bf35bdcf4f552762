package io.slipway.model.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Checks of free-text values that used to be regular expressions with nested repetition, which
 * recurse once per repetition in Java and overflow the stack on long input. Each caps the length
 * first and then walks the text once.
 */
public final class ValueShapes {
    static final int MAX_EMAIL = 254;
    static final int MAX_DURATION = 32;
    static final int MAX_URL = 512;
    /** Prometheus' retention beyond ten years is a typo; its duration type also overflows past ~292 years. */
    static final long MAX_DURATION_MILLIS = 3650L * 24 * 3600 * 1000;
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9._%+-]{1,64}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}");
    private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};
    private static final long[] UNIT_MILLIS = {365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1};

    private ValueShapes() {}

    public static boolean isEmail(String text) {
        int at = text.indexOf('@');
        if (text.length() > MAX_EMAIL || at < 0 || at != text.lastIndexOf('@')) {
            return false;
        }
        return LOCAL_PART.matcher(text.substring(0, at)).matches() && isHostName(text.substring(at + 1));
    }

    /** A DNS host name of at least two labels whose last is letters only (a top-level domain). */
    static boolean isHostName(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why {@code text} is not a Prometheus duration ({@code 10d}, {@code 1w3d}, units largest first, each
     * once, as Prometheus' {@code model.ParseDuration} reads them) of at most ten years, or null.
     */
    public static String durationProblem(String text) {
        String expected = "; expected a number and a unit (ms, s, m, h, d, w, y), largest first, e.g. 10d or 1w3d, "
                + "at most 10 years";
        if (text.isEmpty() || text.length() > MAX_DURATION) {
            return Echo.quote(text) + " is not a Prometheus duration" + expected;
        }
        long total = 0;
        int position = 0;
        int lastUnit = -1;
        while (position < text.length()) {
            int digitsEnd = position;
            while (digitsEnd < text.length() && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') {
                digitsEnd++;
            }
            int unit = unitAt(text, digitsEnd);
            if (digitsEnd == position || digitsEnd - position > 12 || unit <= lastUnit) {
                return Echo.quote(text) + " is not a Prometheus duration" + expected;
            }
            total += Long.parseLong(text.substring(position, digitsEnd)) * Math.min(UNIT_MILLIS[unit], MAX_DURATION_MILLIS);
            if (total > MAX_DURATION_MILLIS || total < 0) {
                return Echo.quote(text) + " is longer than 10 years" + expected;
            }
            lastUnit = unit;
            position = digitsEnd + UNITS[unit].length();
        }
        return total == 0 ? Echo.quote(text) + " is zero; Prometheus would keep nothing" + expected : null;
    }

    private static int unitAt(String text, int index) {
        if (text.startsWith("ms", index)) {
            return 6;
        }
        for (int i = 0; i < 6; i++) {
            if (text.startsWith(UNITS[i], index)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Why {@code text} is not a plain https base URL, or null. Alert annotations are Go templates and
     * the URL is pasted into them, so template syntax ({@code {{ }}}, {@code $}) would run as template
     * code; a query, fragment, credentials or a trailing slash would break {@code <url>/<alert>.md}.
     */
    public static String httpsBaseUrlProblem(String text) {
        String expected = "; expected a plain https URL without query, fragment, credentials or trailing slash, "
                + "e.g. https://github.com/acme/slipway/blob/main/docs/runbooks/alerts";
        if (text.length() > MAX_URL) {
            return "the URL has " + text.length() + " characters; at most " + MAX_URL + expected;
        }
        if (text.contains("{{") || text.contains("}}") || text.contains("$") || text.chars().anyMatch(c -> c <= ' '
                || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>' || c == '\\' || c >= 127)) {
            return Echo.quote(text) + " holds spaces, quotes or template syntax ({{ }}, $), which alert annotations would "
                    + "interpret" + expected;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Echo.quote(text) + " is not a URL" + expected;
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !isHostName(uri.getHost())) {
            return Echo.quote(text) + " is not an https:// URL with a host name" + expected;
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null || text.endsWith("/")) {
            return Echo.quote(text) + " has credentials, a query, a fragment or a trailing slash" + expected;
        }
        return null;
    }
}
