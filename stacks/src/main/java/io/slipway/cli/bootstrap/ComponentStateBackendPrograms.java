package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import io.slipway.aws.state.StateBackend;
import io.slipway.gcp.state.GcsStateBackend;
import io.slipway.gcp.state.GcsStateBackendArgs;
import java.util.function.Consumer;

/**
 * The state-storage programs built from the clouds' state components ({@link StateBackend} on AWS,
 * {@link GcsStateBackend} on GCP). Each exports {@code loginUrl} and {@code secretsProvider}.
 */
public final class ComponentStateBackendPrograms implements StateBackendPrograms {
    @Override
    public Consumer<Context> aws(String region, String bucket) {
        return ctx -> StateBackend.define(ctx, region, bucket);
    }

    @Override
    public Consumer<Context> gcp(String project, String region, String bucket) {
        var args = new GcsStateBackendArgs(project, region, bucket, null, null, null);
        return ctx -> GcsStateBackend.define(ctx, args);
    }
}
