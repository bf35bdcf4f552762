package io.slipway.model.validation;

import java.util.List;

/** Every semantic rule of the environment model, in the order their problems are reported. */
public final class ModelRules {
    private ModelRules() {}

    public static List<ModelRule> all() {
        return List.of(
                new CloudSettingsRule(),
                new AwsSettingsRule(),
                new GcpSettingsRule(),
                new DnsRule(),
                new RegionRule(),
                new CidrRule(),
                new CidrOverlapRule(),
                new ApiAccessRule(),
                new TagRule(),
                new SlotRule(),
                new KubernetesVersionRule(),
                new SystemPoolRule(),
                new NodePoolRule(),
                new InstanceTypeRule(),
                new KubernetesLabelRule(),
                new AddonRule(),
                new RetentionRule(),
                new UpgradeRule(),
                new TeamSettingsRule(),
                new EphemeralRule(),
                new UpgradeOrderRule(),
                new SecretRule());
    }
}
