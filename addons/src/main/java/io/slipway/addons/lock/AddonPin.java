package io.slipway.addons.lock;

import java.util.Map;
import java.util.Optional;

/**
 * One add-on's entry in the lock file: the exact chart a cluster installs.
 *
 * @param addon      which add-on
 * @param chart      the chart name in its repository
 * @param repository the chart repository URL
 * @param version    the exact chart version
 * @param minMinor   the oldest Kubernetes minor the pin supports
 * @param maxMinor   the newest Kubernetes minor the pin supports
 * @param imageTags  image tags by Kubernetes minor ({@code "1.34" -> v1.34.0}), for add-ons that must match the
 *                   cluster's minor; empty otherwise
 * @param images     extra images by role ({@code aws -> velero/velero-plugin-for-aws:v1.13.1}); empty when none
 */
public record AddonPin(
        Addon addon,
        String chart,
        String repository,
        String version,
        KubernetesMinor minMinor,
        KubernetesMinor maxMinor,
        Map<String, String> imageTags,
        Map<String, String> images) {

    public AddonPin {
        imageTags = Map.copyOf(imageTags);
        images = Map.copyOf(images);
    }

    public boolean supports(KubernetesMinor minor) {
        return minor.compareTo(minMinor) >= 0 && minor.compareTo(maxMinor) <= 0;
    }

    /** The image tag pinned for a Kubernetes minor, when this add-on pins one per minor. */
    public Optional<String> imageTagFor(KubernetesMinor minor) {
        return Optional.ofNullable(imageTags.get(minor.toString()));
    }

    /** An extra image by role, failing clearly when the lock does not pin it. */
    public String image(String role) {
        String image = images.get(role);
        if (image == null) {
            throw new AddonLockException(addon.lockKey() + ".images." + role, "is not pinned; pinned images: " + images.keySet());
        }
        return image;
    }
}
