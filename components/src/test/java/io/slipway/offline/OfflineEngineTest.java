package io.slipway.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.inputs.GetAvailabilityZonesArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineEngineTest {
    private static final CloudMocks MOCKS = new CloudMocks(new MockWorld("eu-west-1", MockWorld.EXAMPLE_AWS_ACCOUNT, ""));

    static final class Holder extends ComponentResource {
        Holder(String name) {
            super("slipway:test:Holder", name, ComponentResourceOptions.builder().build());
            var vpc = new Vpc("vpc", VpcArgs.builder().cidrBlock("10.0.0.0/16").tags(Map.of("Name", "main")).build(),
                    CustomResourceOptions.builder().parent(this).protect(true).build());
            var zones = AwsFunctions.getAvailabilityZones(GetAvailabilityZonesArgs.builder().state("available").build());
            new Subnet("subnet", SubnetArgs.builder().vpcId(vpc.id()).cidrBlock("10.0.0.0/20")
                    .availabilityZone(zones.applyValue(z -> z.names().get(0))).build(),
                    CustomResourceOptions.builder().parent(this).build());
            registerOutputs(Map.of());
        }
    }

    @Test
    void recordsParentInputsDependenciesAndProtection() {
        // GIVEN a component with a protected VPC and a subnet that reads the VPC id and a zone invoke
        // WHEN it runs on the offline engine
        var result = OfflineEngine.run("dev", MOCKS, ctx -> new Holder("net"));

        // THEN every registration is recorded with its parent, inputs, dependencies and protection
        assertThat(result.errors()).isEmpty();
        var holder = result.single("slipway:test:Holder");
        var vpc = result.single("aws:ec2/vpc:Vpc");
        var subnet = result.single("aws:ec2/subnet:Subnet");
        assertThat(vpc.parent()).isEqualTo(holder.urn());
        assertThat(vpc.protect()).isTrue();
        assertThat(vpc.require("tags.Name")).isEqualTo("main");
        assertThat(subnet.protect()).isFalse();
        assertThat(subnet.dependencies()).contains(vpc.urn());
        assertThat((String) subnet.require("vpcId")).startsWith("vpc-");
        assertThat(subnet.require("availabilityZone")).isEqualTo("eu-west-1a");
    }

    @Test
    void sameProgramGivesSameGraph() {
        // GIVEN the same program twice WHEN it runs THEN the recorded graphs are equal
        var first = OfflineEngine.run("dev", MOCKS, ctx -> new Holder("net"));
        var second = OfflineEngine.run("dev", MOCKS, ctx -> new Holder("net"));
        assertThat(second.resources()).isEqualTo(first.resources());
    }
}
