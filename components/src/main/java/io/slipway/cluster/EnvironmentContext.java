package io.slipway.cluster;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment a component is built for: its stack name and validated spec, plus the naming
 * and cost-tag conventions every component follows.
 *
 * @param name the environment (= stack) name, such as {@code dev} or {@code prod}
 * @param spec the validated environment
 */
public record EnvironmentContext(String name, EnvironmentSpec spec) {
    public static final String TAG_ENVIRONMENT = "slipway:environment";
    public static final String TAG_SLOT = "slipway:slot";
    public static final String TAG_COMPONENT = "slipway:component";
    /** On every resource of an ephemeral environment, so a cloud-side sweep finds leftovers. */
    public static final String TAG_EPHEMERAL = "slipway:ephemeral";
    public static final String TAG_EXPIRES_AT = "slipway:expires-at";
    /** Slot value on resources that belong to the environment, not to one slot. */
    public static final String SHARED_SLOT = "shared";

    /**
     * Whether this environment's EKS clusters run on EKS Auto Mode ({@code aws.autoMode}): add-ons then
     * leave load balancers, volumes and node scaling to EKS.
     */
    public boolean eksAutoMode() {
        return spec.cloud() == Cloud.AWS && spec.aws() != null && spec.aws().autoModeFor(spec.isEphemeral());
    }

    /** The physical cluster name of a slot: {@code <environment>-<slot>}. */
    public String clusterName(String slot) {
        return name + "-" + slot;
    }

    /**
     * AWS tags for a resource: the environment's tags plus the {@code slipway:*} attribution tags,
     * and on an ephemeral environment its expiry.
     * Slipway's own keys win, so cost reports cannot be spoofed by a user tag.
     */
    public Map<String, String> awsTags(String slot, String component) {
        var tags = new TreeMap<>(spec.tags());
        tags.put(TAG_ENVIRONMENT, name);
        tags.put(TAG_SLOT, slot);
        tags.put(TAG_COMPONENT, component);
        if (spec.ephemeral() != null) {
            tags.put(TAG_EPHEMERAL, "true");
            tags.put(TAG_EXPIRES_AT, spec.ephemeral().expiresAt());
        }
        return tags;
    }

    /**
     * AWS tags for what the cloud stamps once, at launch, from a template Slipway owns (instances launched
     * on demand, dynamically provisioned volumes): {@link #awsTags} without the expiry. {@code dev extend}
     * moves the expiry but cannot re-tag what was launched, and a changed template would roll the nodes
     * (a NodeClass) or replace the template (a StorageClass's parameters are immutable); such resources
     * go with their cluster, and the ephemeral marker still finds a leftover.
     */
    public Map<String, String> launchTags(String slot, String component) {
        return withoutExpiry(awsTags(slot, component));
    }

    /** GCP labels for what the cloud stamps once, at launch: {@link #gcpLabels} without the expiry (see {@link #launchTags}). */
    public Map<String, String> gcpLaunchLabels(String slot, String component) {
        return withoutExpiry(gcpLabels(slot, component));
    }

    /** {@code tags} (AWS tags or GCP labels) without an ephemeral environment's expiry. */
    public static Map<String, String> withoutExpiry(Map<String, String> tags) {
        var stable = new TreeMap<>(tags);
        stable.remove(TAG_EXPIRES_AT);
        stable.remove(gcpLabel(TAG_EXPIRES_AT));
        return stable;
    }

    /**
     * GCP labels for a resource. GCP label keys allow only lower-case letters, digits, '-' and '_',
     * so {@code slipway:slot} becomes {@code slipway-slot}; values are lower-cased the same way.
     */
    public Map<String, String> gcpLabels(String slot, String component) {
        var labels = new TreeMap<String, String>();
        awsTags(slot, component).forEach((k, v) -> labels.put(gcpLabel(k), gcpLabel(v)));
        return labels;
    }

    /** A tag key or value as GCP allows it in a label. */
    public static String gcpLabel(String raw) {
        String lowered = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        return lowered.length() > 63 ? lowered.substring(0, 63) : lowered;
    }
}
