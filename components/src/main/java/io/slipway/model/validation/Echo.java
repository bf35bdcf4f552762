package io.slipway.model.validation;

/**
 * How a value from the file is shown in a message: quoted, with control characters, line breaks and
 * quotes escaped, and cut short. A value must not be able to print lines of its own (a fake
 * "valid"), move the cursor, or bury the message under a megabyte of text.
 */
public final class Echo {
    /** Characters of a value shown before it is cut. */
    public static final int MAX_SHOWN = 64;

    private Echo() {}

    /** {@code 'value'}, escaped and shortened. */
    public static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        String shown = value.length() > MAX_SHOWN
                ? escape(value.substring(0, MAX_SHOWN)) + "...' (" + value.length() + " characters)"
                : escape(value) + "'";
        return "'" + shown;
    }

    /** The value escaped and cut to {@link #MAX_SHOWN} characters, without quotes. */
    public static String shorten(String value) {
        return value.length() > MAX_SHOWN ? escape(value.substring(0, MAX_SHOWN)) + "..." : escape(value);
    }

    /** Escapes control characters (C0, DEL, C1, line and paragraph separators, bidi controls) as \\uXXXX or \\n. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
