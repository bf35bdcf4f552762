package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import io.slipway.gcp.state.GcsStateBackend;
import io.slipway.gcp.state.GcsStateBackendArgs;
import java.util.function.Consumer;

/**
 * The state-storage programs built from the clouds' state components. GCP's
 * ({@link GcsStateBackend}) is wired; AWS's ({@code io.slipway.aws.state.StateBackend}) is written on
 * its own branch, and until it is merged {@link #aws} refuses with a clear message instead of
 * deploying anything half-made.
 */
public final class ComponentStateBackendPrograms implements StateBackendPrograms {
    @Override
    public Consumer<Context> aws(String region, String bucket) {
        throw new IllegalStateException("this build has no AWS state-storage component yet "
                + "(io.slipway.aws.state.StateBackend); ComponentStateBackendPrograms.aws must be pointed at it");
    }

    @Override
    public Consumer<Context> gcp(String project, String region, String bucket) {
        var args = new GcsStateBackendArgs(project, region, bucket, null, null, null);
        return ctx -> GcsStateBackend.define(ctx, args);
    }
}
