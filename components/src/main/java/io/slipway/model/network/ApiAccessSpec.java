package io.slipway.model.network;

import java.util.List;

/**
 * Who may reach the Kubernetes API. The private endpoint is always on; the public one is off unless
 * {@code publicCidrs} lists networks (EKS public access CIDRs, GKE master authorized networks).
 *
 * @param publicCidrs   networks allowed on the public endpoint; empty turns it off. @default []
 * @param allowInternet must be true to list {@code 0.0.0.0/0}: opening the API to the whole
 *                      internet is an explicit decision, never a default. @default false
 */
public record ApiAccessSpec(List<String> publicCidrs, Boolean allowInternet) {
    public static final String INTERNET = "0.0.0.0/0";

    public ApiAccessSpec {
        publicCidrs = publicCidrs == null ? List.of() : List.copyOf(publicCidrs);
        allowInternet = allowInternet != null && allowInternet;
    }

    public static ApiAccessSpec privateOnly() {
        return new ApiAccessSpec(null, null);
    }

    public boolean publicEndpoint() {
        return !publicCidrs.isEmpty();
    }
}
