package io.slipway.model.cloud;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a GKE control plane runs: across the region's zones, or in one zone (cheaper, for dev). */
public enum LocationMode {
    @JsonProperty("regional") REGIONAL,
    @JsonProperty("zonal") ZONAL
}
