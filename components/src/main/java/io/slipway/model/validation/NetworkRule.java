package io.slipway.model.validation;

import io.slipway.model.EnvironmentSpec;

/** The network spreads over 1 to 6 zones: no region offers more, and 0 leaves nowhere to put nodes. */
final class NetworkRule implements ModelRule {
    static final int MAX_ZONES = 6;

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        int zones = spec.network().zones();
        if (zones < 1 || zones > MAX_ZONES) {
            findings.error("network.zones", zones + " zones is outside 1.." + MAX_ZONES);
        }
    }
}
