package io.slipway.aws.eks;

import com.pulumi.aws.eks.Addon;
import com.pulumi.aws.eks.AddonArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How Slipway installs one EKS managed add-on: at its pinned version, owning its configuration. */
final class ManagedAddon {
    private ManagedAddon() {}

    /**
     * OVERWRITE on create and update: EKS pre-installs self-managed copies of some add-ons, and the
     * managed add-on must take them over; afterwards the pin in core-addons.yaml is the only truth.
     */
    static Addon create(String logicalName, Output<String> clusterName, String addonName, String minor,
                        Optional<Output<String>> serviceAccountRoleArn, Map<String, String> tags,
                        Resource parent, List<Resource> dependsOn) {
        return create(logicalName, clusterName, addonName, minor, serviceAccountRoleArn, Optional.empty(), tags, parent, dependsOn);
    }

    /** Like the above, with the add-on's configuration values (JSON, validated by EKS against the add-on's schema). */
    static Addon create(String logicalName, Output<String> clusterName, String addonName, String minor,
                        Optional<Output<String>> serviceAccountRoleArn, Optional<String> configurationValues,
                        Map<String, String> tags, Resource parent, List<Resource> dependsOn) {
        var args = AddonArgs.builder()
                .clusterName(clusterName)
                .addonName(addonName)
                .addonVersion(CoreAddonVersions.version(minor, addonName))
                .resolveConflictsOnCreate("OVERWRITE")
                .resolveConflictsOnUpdate("OVERWRITE")
                .tags(tags);
        serviceAccountRoleArn.ifPresent(args::serviceAccountRoleArn);
        configurationValues.ifPresent(args::configurationValues);
        return new Addon(logicalName, args.build(),
                CustomResourceOptions.builder().parent(parent).dependsOn(dependsOn).build());
    }
}
