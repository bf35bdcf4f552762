package io.slipway.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Kubernetes taint effect, spelled as Kubernetes spells it. */
public enum TaintEffect {
    @JsonProperty("NoSchedule") NO_SCHEDULE,
    @JsonProperty("PreferNoSchedule") PREFER_NO_SCHEDULE,
    @JsonProperty("NoExecute") NO_EXECUTE;

    /** The spelling Kubernetes uses ({@code NoSchedule}). */
    public String kubernetesName() {
        return switch (this) {
            case NO_SCHEDULE -> "NoSchedule";
            case PREFER_NO_SCHEDULE -> "PreferNoSchedule";
            case NO_EXECUTE -> "NoExecute";
        };
    }

    /** EKS managed node groups spell effects in upper snake case ({@code NO_SCHEDULE}). */
    public String eksName() {
        return name();
    }
}
