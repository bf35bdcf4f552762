package io.slipway.model.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.slipway.model.Cloud;

/**
 * How private subnets reach the internet. {@code single}: one NAT gateway for the VPC (cheap; a zone
 * outage cuts egress). {@code perZone}: one per zone (what production wants). On GCP, Cloud NAT is
 * regional and zone-redundant either way, so both values build one Cloud NAT.
 */
public enum NatStrategy {
    @JsonProperty("single") SINGLE,
    @JsonProperty("perZone") PER_ZONE
}
