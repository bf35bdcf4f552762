package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import java.util.function.Consumer;

/**
 * The state-storage programs built from the clouds' state components
 * ({@code io.slipway.aws.state.StateBackend}, {@code io.slipway.gcp.state.GcsStateBackend}).
 * Those components are written on their own branches; until they are merged this factory refuses
 * with a clear message instead of deploying anything half-made.
 */
public final class ComponentStateBackendPrograms implements StateBackendPrograms {
    @Override
    public Consumer<Context> aws(String region, String bucket) {
        throw notWired("io.slipway.aws.state.StateBackend");
    }

    @Override
    public Consumer<Context> gcp(String project, String region, String bucket) {
        throw notWired("io.slipway.gcp.state.GcsStateBackend");
    }

    private static IllegalStateException notWired(String component) {
        return new IllegalStateException("this build has no state-storage component yet (" + component
                + "); ComponentStateBackendPrograms must be pointed at it");
    }
}
