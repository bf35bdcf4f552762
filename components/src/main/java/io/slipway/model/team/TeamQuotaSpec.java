package io.slipway.model.team;

/**
 * A team namespace's ResourceQuota. In a team file every field is an optional override of the
 * environment's default; in an environment's {@code teams.quota}, of the tier's built-in default
 * ({@link TeamDefaults}). Quantities use Kubernetes notation ({@code "8"}, {@code 500m}, {@code 16Gi}).
 *
 * @param cpu                    total CPU requests ({@code requests.cpu}). @default per tier: 2 / 4 / 8
 * @param memory                 total memory requests ({@code requests.memory}). @default per tier: 4Gi / 8Gi / 16Gi
 * @param cpuLimit               total CPU limits ({@code limits.cpu}). @default the larger of the tier's (4 / 8 / 16) and cpu
 * @param memoryLimit            total memory limits ({@code limits.memory}). @default the larger of the tier's
 *                               (8Gi / 16Gi / 32Gi) and memory
 * @param pods                   pods. @default per tier: 30 / 50 / 100
 * @param loadBalancers          Services of type LoadBalancer ({@code services.loadbalancers}); traffic should come
 *                               through the shared ingress. @default 0
 * @param persistentVolumeClaims persistent volume claims. @default per tier: 5 / 10 / 20
 * @param storage                total storage requested by claims ({@code requests.storage}). @default per tier:
 *                               20Gi / 50Gi / 200Gi
 */
public record TeamQuotaSpec(
        String cpu,
        String memory,
        String cpuLimit,
        String memoryLimit,
        Integer pods,
        Integer loadBalancers,
        Integer persistentVolumeClaims,
        String storage) {

    /** No overrides. */
    public static TeamQuotaSpec none() {
        return new TeamQuotaSpec(null, null, null, null, null, null, null, null);
    }

    /**
     * These overrides on top of complete defaults. A request raised above the default limit raises the
     * limit with it, and a limit set below the default request lowers the request, so an override of
     * one side alone never yields a quota whose requests exceed its limits.
     */
    public TeamQuotaSpec over(TeamQuotaSpec defaults) {
        String effectiveCpu = cpu != null ? cpu : cpuLimit != null ? Quantity.min(defaults.cpu, cpuLimit) : defaults.cpu;
        String effectiveMemory = memory != null ? memory
                : memoryLimit != null ? Quantity.min(defaults.memory, memoryLimit) : defaults.memory;
        return new TeamQuotaSpec(
                effectiveCpu,
                effectiveMemory,
                cpuLimit != null ? cpuLimit : Quantity.max(defaults.cpuLimit, effectiveCpu),
                memoryLimit != null ? memoryLimit : Quantity.max(defaults.memoryLimit, effectiveMemory),
                pods != null ? pods : defaults.pods,
                loadBalancers != null ? loadBalancers : defaults.loadBalancers,
                persistentVolumeClaims != null ? persistentVolumeClaims : defaults.persistentVolumeClaims,
                storage != null ? storage : defaults.storage);
    }
}
