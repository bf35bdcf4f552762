package io.slipway.model.validation.network;

import java.util.List;
import java.util.Optional;

/** IPv4 ranges with a special meaning (RFC 6890): private, shared, loopback, link-local, multicast, reserved. */
public final class ReservedRanges {
    private record Named(Cidr range, String what, boolean usableInsideAVpc) {}

    private static final List<Named> RANGES = List.of(
            named("0.0.0.0/8", "'this network' (RFC 1122)", false),
            named("10.0.0.0/8", "a private range (RFC 1918)", true),
            named("100.64.0.0/10", "the carrier-grade NAT range (RFC 6598)", true),
            named("127.0.0.0/8", "the loopback range", false),
            named("169.254.0.0/16", "the link-local range (instance metadata lives there)", false),
            named("172.16.0.0/12", "a private range (RFC 1918)", true),
            named("192.0.0.0/24", "the IETF protocol range", false),
            named("192.168.0.0/16", "a private range (RFC 1918)", true),
            named("198.18.0.0/15", "the benchmarking range", false),
            named("224.0.0.0/4", "the multicast range", false),
            named("240.0.0.0/4", "the reserved range (and broadcast)", false));

    private ReservedRanges() {}

    /** What special range {@code cidr} lies in, if it lies inside one or holds one wholly. */
    static Optional<String> within(Cidr cidr) {
        return RANGES.stream().filter(r -> r.range().contains(cidr)).map(Named::what).findFirst();
    }

    /** What special range a VPC or pod range must not use (loopback, link-local, multicast, ...), if it overlaps one. */
    static Optional<String> unusableInside(Cidr cidr) {
        return RANGES.stream().filter(r -> !r.usableInsideAVpc() && r.range().overlaps(cidr)).map(Named::what).findFirst();
    }

    private static Named named(String cidr, String what, boolean usable) {
        return new Named(Cidr.parse(cidr).orElseThrow(), what, usable);
    }
}
