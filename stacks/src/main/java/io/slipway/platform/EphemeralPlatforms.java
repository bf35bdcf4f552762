package io.slipway.platform;

import com.pulumi.Context;
import io.slipway.aws.AwsParentFoundation;
import io.slipway.aws.AwsPlatform;
import io.slipway.cluster.CloudPlatform;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.gcp.GcpParentFoundation;
import io.slipway.gcp.GcpPlatform;

/**
 * The cloud platform of an ephemeral environment: cluster slots on its parent's foundation, read
 * through a stack reference, instead of a foundation of its own.
 */
final class EphemeralPlatforms {
    private EphemeralPlatforms() {}

    static CloudPlatform of(Context ctx, EnvironmentContext environment) {
        String parent = qualifiedStackName(ctx, environment.spec().ephemeral().parent());
        return switch (environment.spec().cloud()) {
            case AWS -> new AwsPlatform(environment, new AwsParentFoundation(environment.name(), parent));
            case GCP -> new GcpPlatform(environment, new GcpParentFoundation(environment.name(), parent));
        };
    }

    /**
     * {@code <organization>/<project>/<stack>}: the form stack references take on every backend. On
     * the DIY backends (S3, GCS, local) the organization is literally {@code organization}.
     */
    static String qualifiedStackName(Context ctx, String stack) {
        return ctx.organizationName() + "/" + ctx.projectName() + "/" + stack;
    }
}
