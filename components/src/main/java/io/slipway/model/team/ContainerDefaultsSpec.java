package io.slipway.model.team;

/**
 * The LimitRange of a team namespace: the requests and limits a container gets when it declares
 * none (the quota counts requests and limits, so every container needs both). In a team file every
 * field overrides the environment's default; in an environment's {@code teams.containerDefaults}, the
 * tier's built-in default ({@link TeamDefaults}).
 *
 * @param cpuRequest    default CPU request. @default per tier: 50m / 100m / 100m
 * @param memoryRequest default memory request. @default per tier: 64Mi / 128Mi / 128Mi
 * @param cpuLimit      default CPU limit. @default the larger of the tier's (500m / 1 / 1) and cpuRequest
 * @param memoryLimit   default memory limit. @default the larger of the tier's (256Mi / 512Mi / 512Mi) and memoryRequest
 */
public record ContainerDefaultsSpec(String cpuRequest, String memoryRequest, String cpuLimit, String memoryLimit) {

    /** No overrides. */
    public static ContainerDefaultsSpec none() {
        return new ContainerDefaultsSpec(null, null, null, null);
    }

    /** These overrides on top of complete defaults, keeping every request at or below its limit. */
    public ContainerDefaultsSpec over(ContainerDefaultsSpec defaults) {
        String cpu = cpuRequest != null ? cpuRequest
                : cpuLimit != null ? Quantity.min(defaults.cpuRequest, cpuLimit) : defaults.cpuRequest;
        String memory = memoryRequest != null ? memoryRequest
                : memoryLimit != null ? Quantity.min(defaults.memoryRequest, memoryLimit) : defaults.memoryRequest;
        return new ContainerDefaultsSpec(cpu, memory,
                cpuLimit != null ? cpuLimit : Quantity.max(defaults.cpuLimit, cpu),
                memoryLimit != null ? memoryLimit : Quantity.max(defaults.memoryLimit, memory));
    }
}
