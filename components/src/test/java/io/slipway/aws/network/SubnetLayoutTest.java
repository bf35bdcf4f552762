package io.slipway.aws.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubnetLayoutTest {
    @Test
    void aSlash16GetsLargePrivateAndSmallPublicSubnets() {
        // GIVEN a /16 over three zones WHEN it is laid out
        var layout = SubnetLayout.of("10.0.0.0/16", 3);

        // THEN private subnets are the first /19 blocks and public ones /22s of the last /19 block
        assertThat(layout.privateCidrs()).containsExactly("10.0.0.0/19", "10.0.32.0/19", "10.0.64.0/19");
        assertThat(layout.publicCidrs()).containsExactly("10.0.224.0/22", "10.0.228.0/22", "10.0.232.0/22");
    }

    @Test
    void addingAZoneKeepsTheExistingSubnets() {
        // GIVEN the same VPC with two and with six zones WHEN both are laid out
        var two = SubnetLayout.of("172.20.0.0/16", 2);
        var six = SubnetLayout.of("172.20.0.0/16", 6);

        // THEN the first two zones' ranges are unchanged, so no subnet is replaced
        assertThat(six.privateCidrs()).startsWith(two.privateCidrs().toArray(String[]::new));
        assertThat(six.publicCidrs()).startsWith(two.publicCidrs().toArray(String[]::new));
        assertThat(six.privateCidrs()).last().isEqualTo("172.20.160.0/19");
        assertThat(six.publicCidrs()).last().isEqualTo("172.20.244.0/22");
    }

    @Test
    void smallVpcsUseTheSmallestSubnetAwsAllows() {
        // GIVEN / WHEN a /24 over two zones and a /22 over three
        var small = SubnetLayout.of("10.1.2.0/24", 2);
        var medium = SubnetLayout.of("192.168.4.0/22", 3);

        // THEN public subnets never go below /28
        assertThat(small.privateCidrs()).containsExactly("10.1.2.0/27", "10.1.2.32/27");
        assertThat(small.publicCidrs()).containsExactly("10.1.2.224/28", "10.1.2.240/28");
        assertThat(medium.privateCidrs()).containsExactly("192.168.4.0/25", "192.168.4.128/25", "192.168.5.0/25");
        assertThat(medium.publicCidrs()).containsExactly("192.168.7.128/28", "192.168.7.144/28", "192.168.7.160/28");
    }

    @Test
    void layoutsThatDoNotFitAreRefusedWithWhatWouldFit() {
        // GIVEN / WHEN / THEN too many zones for a /24, a range outside /16–/24, host bits, and garbage are refused
        assertThatThrownBy(() -> SubnetLayout.of("10.1.2.0/24", 3))
                .hasMessageContaining("network.zones 3").hasMessageContaining("1 to 2").hasMessageContaining("larger network.cidr");
        assertThatThrownBy(() -> SubnetLayout.of("10.0.0.0/8", 2)).hasMessageContaining("/16 to /24");
        assertThatThrownBy(() -> SubnetLayout.of("10.0.1.0/16", 2)).hasMessageContaining("host bits").hasMessageContaining("10.0.0.0/16");
        assertThatThrownBy(() -> SubnetLayout.of("10.0.0/16", 2)).hasMessageContaining("not an IPv4 CIDR");
        assertThatThrownBy(() -> SubnetLayout.of("10.0.0.0/16", 7)).hasMessageContaining("1 to 6");
    }
}
