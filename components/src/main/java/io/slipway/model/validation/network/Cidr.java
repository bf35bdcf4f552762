package io.slipway.model.validation.network;

import io.slipway.model.validation.Echo;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 range in CIDR notation, parsed strictly: four octets 0–255 and a prefix 0–32, without
 * leading zeros (010.0.0.0 is octal to some parsers and decimal to others), and no host bits set
 * (10.0.0.1/16 is a typo for 10.0.0.0/16 more often than not, and clouds reject it). So the text
 * that passes is already the normalized form, and exactly that reaches the cloud.
 *
 * @param network the first address, as an unsigned 32-bit number
 * @param prefix  the prefix length
 */
public record Cidr(long network, int prefix) {
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");
    private static final Pattern LEADING_ZERO = Pattern.compile("(^|[./])0\\d");
    /** The whole IPv4 space. */
    static final long SPACE = 1L << 32;

    /** The parsed range, or empty when {@link #problem} has something to say. */
    public static Optional<Cidr> parse(String text) {
        return problem(text) == null ? Optional.of(parseValid(text)) : Optional.empty();
    }

    /** Why {@code text} is not a valid CIDR, or null when it is. */
    public static String problem(String text) {
        Matcher m = SHAPE.matcher(text);
        if (text.length() > 18 || !m.matches()) {
            return Echo.quote(text) + " is not an IPv4 CIDR; expected a.b.c.d/prefix, e.g. 10.0.0.0/16";
        }
        if (LEADING_ZERO.matcher(text).find()) {
            return Echo.quote(text) + " has a leading zero; write each number without one, e.g. 10.0.0.0/16";
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return Echo.quote(text) + " has an octet above 255";
            }
        }
        if (Integer.parseInt(m.group(5)) > 32) {
            return Echo.quote(text) + " has a prefix above /32";
        }
        Cidr cidr = parseValid(text);
        long address = addressOf(m);
        if (address != cidr.network) {
            return Echo.quote(text) + " has host bits set; did you mean " + cidr + "?";
        }
        return null;
    }

    /** How many addresses the range holds. */
    long size() {
        return 1L << (32 - prefix);
    }

    long last() {
        return network + size() - 1;
    }

    boolean contains(Cidr other) {
        return prefix <= other.prefix && (other.network & mask(prefix)) == network;
    }

    public boolean overlaps(Cidr other) {
        int shorter = Math.min(prefix, other.prefix);
        return (network & mask(shorter)) == (other.network & mask(shorter));
    }

    @Override
    public String toString() {
        return (network >> 24 & 255) + "." + (network >> 16 & 255) + "." + (network >> 8 & 255) + "." + (network & 255) + "/" + prefix;
    }

    private static Cidr parseValid(String text) {
        Matcher m = SHAPE.matcher(text);
        m.matches();
        int prefix = Integer.parseInt(m.group(5));
        return new Cidr(addressOf(m) & mask(prefix), prefix);
    }

    private static long addressOf(Matcher m) {
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            address = address << 8 | Integer.parseInt(m.group(i));
        }
        return address;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }
}
