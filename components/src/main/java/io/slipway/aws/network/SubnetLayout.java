package io.slipway.aws.network;

import java.util.ArrayList;
import java.util.List;

/**
 * How a VPC's range is cut into per-zone subnets. The VPC is split into eight equal blocks: blocks
 * 0–6 are private subnets, one per zone (large, since with the VPC CNI every pod takes an address);
 * block 7 is split into small public subnets, which hold only load balancers and NAT gateways. A
 * subnet's range depends only on the VPC range and its zone index, never on the zone count, so
 * adding a zone later adds subnets without replacing existing ones. For a /16: private /19s
 * (8,187 usable addresses each), public /22s.
 *
 * @param privateCidrs one private subnet range per zone, in zone order
 * @param publicCidrs  one public subnet range per zone, in zone order
 */
public record SubnetLayout(List<String> privateCidrs, List<String> publicCidrs) {
    static final int SMALLEST_VPC_PREFIX = 16;
    static final int LARGEST_VPC_PREFIX = 24;
    /** AWS's smallest subnet. */
    static final int SMALLEST_SUBNET_PREFIX = 28;
    static final int MAX_ZONES = 6;

    public SubnetLayout {
        privateCidrs = List.copyOf(privateCidrs);
        publicCidrs = List.copyOf(publicCidrs);
    }

    /** The layout of {@code zones} zones in the VPC range {@code vpcCidr}, or an error naming what would fit. */
    public static SubnetLayout of(String vpcCidr, int zones) {
        var cidr = Ipv4Cidr.parse(vpcCidr);
        if (cidr.prefix() < SMALLEST_VPC_PREFIX || cidr.prefix() > LARGEST_VPC_PREFIX) {
            throw new IllegalArgumentException("network.cidr " + vpcCidr + ": a VPC range must be /" + SMALLEST_VPC_PREFIX
                    + " to /" + LARGEST_VPC_PREFIX);
        }
        int capacity = capacity(cidr.prefix());
        if (zones < 1 || zones > capacity) {
            throw new IllegalArgumentException("network.zones " + zones + ": a /" + cidr.prefix() + " VPC holds 1 to " + capacity
                    + " zones of public and private subnets" + (capacity < MAX_ZONES ? "; use a larger network.cidr for more" : ""));
        }
        int blockPrefix = cidr.prefix() + 3;
        int publicPrefix = Math.min(cidr.prefix() + 6, SMALLEST_SUBNET_PREFIX);
        var publicBlock = cidr.subnet(blockPrefix, 7);
        var privateCidrs = new ArrayList<String>();
        var publicCidrs = new ArrayList<String>();
        for (int zone = 0; zone < zones; zone++) {
            privateCidrs.add(cidr.subnet(blockPrefix, zone).toString());
            publicCidrs.add(publicBlock.subnet(publicPrefix, zone).toString());
        }
        return new SubnetLayout(privateCidrs, publicCidrs);
    }

    /** Zones a VPC of this prefix fits: limited by the seven private blocks and the public subnets block 7 holds. */
    static int capacity(int vpcPrefix) {
        int publicSubnets = 1 << (Math.min(vpcPrefix + 6, SMALLEST_SUBNET_PREFIX) - (vpcPrefix + 3));
        return Math.min(MAX_ZONES, publicSubnets);
    }

    /** An IPv4 range: network address as an unsigned 32-bit value and prefix length. */
    record Ipv4Cidr(long address, int prefix) {
        static Ipv4Cidr parse(String cidr) {
            var parts = cidr.split("/");
            var octets = parts[0].split("\\.");
            if (parts.length != 2 || octets.length != 4 || !parts[1].matches("\\d{1,2}") || Integer.parseInt(parts[1]) > 32) {
                throw new IllegalArgumentException("network.cidr '" + cidr + "' is not an IPv4 CIDR such as 10.0.0.0/16");
            }
            long address = 0;
            for (String octet : octets) {
                if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
                    throw new IllegalArgumentException("network.cidr '" + cidr + "' is not an IPv4 CIDR such as 10.0.0.0/16");
                }
                address = (address << 8) | Integer.parseInt(octet);
            }
            int prefix = Integer.parseInt(parts[1]);
            if ((address & hostMask(prefix)) != 0) {
                throw new IllegalArgumentException("network.cidr '" + cidr + "' has host bits set: the range is "
                        + new Ipv4Cidr(address & ~hostMask(prefix) & 0xFFFFFFFFL, prefix));
            }
            return new Ipv4Cidr(address, prefix);
        }

        /** The {@code index}-th range of length {@code newPrefix} inside this one. */
        Ipv4Cidr subnet(int newPrefix, int index) {
            return new Ipv4Cidr(address + ((long) index << (32 - newPrefix)), newPrefix);
        }

        private static long hostMask(int prefix) {
            return (1L << (32 - prefix)) - 1;
        }

        @Override
        public String toString() {
            return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255)
                    + "/" + prefix;
        }
    }
}
