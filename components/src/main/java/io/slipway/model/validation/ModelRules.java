package io.slipway.model.validation;

import io.slipway.model.validation.cloud.AwsSettingsRule;
import io.slipway.model.validation.cloud.CloudSettingsRule;
import io.slipway.model.validation.cloud.GcpSettingsRule;
import io.slipway.model.validation.cloud.InstanceTypeRule;
import io.slipway.model.validation.cloud.RegionRule;
import io.slipway.model.validation.cluster.KubernetesLabelRule;
import io.slipway.model.validation.cluster.KubernetesVersionRule;
import io.slipway.model.validation.cluster.NodePoolRule;
import io.slipway.model.validation.cluster.SlotRule;
import io.slipway.model.validation.cluster.SystemPoolRule;
import io.slipway.model.validation.cluster.UpgradeOrderRule;
import io.slipway.model.validation.cluster.UpgradeRule;
import io.slipway.model.validation.network.ApiAccessRule;
import io.slipway.model.validation.network.CidrOverlapRule;
import io.slipway.model.validation.network.CidrRule;
import io.slipway.model.validation.network.DnsRule;
import io.slipway.model.validation.operations.AddonRule;
import io.slipway.model.validation.operations.EphemeralRule;
import io.slipway.model.validation.operations.RetentionRule;
import io.slipway.model.validation.operations.SecretRule;
import io.slipway.model.validation.operations.TagRule;
import io.slipway.model.validation.team.TeamSettingsRule;
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
