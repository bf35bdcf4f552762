package io.slipway.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How much an environment matters. Production-like tiers get stricter rules (no system pool on
 * spot, several replicas of ingress, deletion protection) and the commands ask before destroying.
 */
public enum Tier {
    @JsonProperty("dev") DEV,
    @JsonProperty("staging") STAGING,
    @JsonProperty("prod") PROD;

    /** Staging and prod: environments whose outage someone other than its owner notices. */
    public boolean isProductionLike() {
        return this != DEV;
    }
}
