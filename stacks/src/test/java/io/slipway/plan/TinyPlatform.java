package io.slipway.plan;

import com.pulumi.Context;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.model.EnvironmentSpec;
import java.util.List;
import java.util.Map;

/**
 * A small stand-in for the platform program, so the plan's renderers and commands are tested on
 * a known graph while the clouds are built elsewhere: a component with a protected VPC, a subnet
 * depending on it, and a parameter holding the secret Grafana password.
 */
public final class TinyPlatform {
    public static final String COMPONENT = "slipway:test:Foundation";

    private TinyPlatform() {}

    public static void define(Context ctx, EnvironmentSpec spec) {
        var foundation = new Foundation(ctx, spec);
        ctx.export("vpcId", foundation.vpc.id());
        ctx.export("zones", Output.of(List.of("b", "a")));
        ctx.export("grafanaAdminPassword", ctx.config("slipway").requireSecret("grafanaAdminPassword"));
    }

    /** A program that fails the way a half-built cloud does. */
    public static void failing(Context ctx, EnvironmentSpec spec) {
        throw new UnsupportedOperationException("the test cloud is not built");
    }

    static final class Foundation extends ComponentResource {
        final Vpc vpc;

        Foundation(Context ctx, EnvironmentSpec spec) {
            super(COMPONENT, ctx.stackName(), ComponentResourceOptions.builder().build());
            vpc = new Vpc("vpc", VpcArgs.builder().cidrBlock(spec.network().cidr()).tags(spec.tags()).build(),
                    CustomResourceOptions.builder().parent(this).protect(true).build());
            new Subnet("private-a", SubnetArgs.builder().vpcId(vpc.id()).cidrBlock("10.10.0.0/20").build(),
                    CustomResourceOptions.builder().parent(this).build());
            new Parameter("grafana-admin", ParameterArgs.builder().type("SecureString")
                    .value(ctx.config("slipway").requireSecret("grafanaAdminPassword")).build(),
                    CustomResourceOptions.builder().parent(this).build());
            registerOutputs(Map.of("vpcId", vpc.id()));
        }
    }
}
