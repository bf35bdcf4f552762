package io.slipway.ops;

import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.EnvironmentSpec;

/**
 * One cluster slot of an environment, as the operational checks and clean-ups address it.
 *
 * @param environment the environment (= stack) name
 * @param slot        {@code blue} or {@code green}
 * @param spec        the environment's spec (cloud, region, domain, project)
 */
public record SlotTarget(String environment, String slot, EnvironmentSpec spec) {
    /** The physical cluster name, as the cluster components name it. */
    public String clusterName() {
        return new EnvironmentContext(environment, spec).clusterName(slot);
    }

    /** The host smoke checks reach the slot's ingress through: its direct name, never the weighted one. */
    public String probeHost() {
        return "slipway-probe." + slot + "." + spec.domain();
    }
}
