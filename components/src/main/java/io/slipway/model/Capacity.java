package io.slipway.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a node pool buys its machines. */
public enum Capacity {
    @JsonProperty("onDemand") ON_DEMAND,
    @JsonProperty("spot") SPOT
}
