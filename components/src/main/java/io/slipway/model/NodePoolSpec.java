package io.slipway.model;

import java.util.List;
import java.util.Map;

/**
 * One group of worker nodes in a cluster slot. The same fields mean the same thing on both clouds:
 * on EKS a pool is one managed node group (several instance types for spot); on GKE a pool with
 * several machine types becomes one GKE node pool per machine type, since GKE pools have one each.
 *
 * @param name          pool name, lower-case letters, digits and dashes. Required.
 * @param system        runs the platform's own add-ons (gets the {@code CriticalAddonsOnly} taint
 *                      rule of thumb is one on-demand system pool). @default false
 * @param capacity      {@code onDemand} or {@code spot}. @default onDemand
 * @param instanceTypes instance types (AWS) or machine types (GCP). Spot pools should list several
 *                      of similar size, so one capacity pool running dry does not empty the pool. Required.
 * @param min           fewest nodes the autoscaler keeps. Required.
 * @param max           most nodes the autoscaler adds. Required.
 * @param desired       nodes at creation; the autoscaler owns the count afterwards. @default min
 * @param diskSizeGb    root volume size in GiB (gp3 on AWS, pd-balanced on GCP). @default 50
 * @param labels        Kubernetes labels put on every node. @default {}
 * @param taints        Kubernetes taints put on every node. @default []
 */
public record NodePoolSpec(
        @Required String name,
        Boolean system,
        Capacity capacity,
        @Required List<String> instanceTypes,
        @Required Integer min,
        @Required Integer max,
        Integer desired,
        Integer diskSizeGb,
        Map<String, String> labels,
        List<TaintSpec> taints) {

    public NodePoolSpec {
        system = system != null && system;
        capacity = capacity == null ? Capacity.ON_DEMAND : capacity;
        instanceTypes = instanceTypes == null ? List.of() : List.copyOf(instanceTypes);
        desired = desired == null ? min : desired;
        diskSizeGb = diskSizeGb == null ? 50 : diskSizeGb;
        labels = Specs.sortedCopy(labels);
        taints = taints == null ? List.of() : List.copyOf(taints);
    }

    public boolean isSpot() {
        return capacity == Capacity.SPOT;
    }
}
