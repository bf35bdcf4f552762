package io.slipway.addons.monitoring;

import com.pulumi.core.Output;
import io.slipway.addons.AddonArgs;

/**
 * Inputs of {@link KubePrometheusStack}.
 *
 * @param addon                the cluster and lock. Required.
 * @param grafanaAdminPassword Grafana's admin password, a secret from stack config. Required.
 */
public record MonitoringArgs(AddonArgs addon, Output<String> grafanaAdminPassword) {
    public MonitoringArgs {
        if (addon == null || grafanaAdminPassword == null) {
            throw new IllegalArgumentException("monitoring needs the add-on inputs and Grafana's admin password (secret config)");
        }
    }
}
