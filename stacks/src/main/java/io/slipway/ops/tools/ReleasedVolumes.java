package io.slipway.ops.tools;

import java.util.List;

/**
 * What deleting a cluster's PersistentVolumeClaims set going.
 *
 * @param claims   the claims deleted, as {@code namespace/persistentvolumeclaim/name}
 * @param deleting the PersistentVolumes bound to them whose reclaim policy is Delete: the provisioner deletes
 *                 their disks, and the PersistentVolume object goes last
 * @param retained the PersistentVolumes bound to them whose reclaim policy is Retain: their disks stay, as
 *                 whoever set the policy asked
 */
public record ReleasedVolumes(List<String> claims, List<String> deleting, List<String> retained) {
    public ReleasedVolumes {
        claims = List.copyOf(claims);
        deleting = List.copyOf(deleting);
        retained = List.copyOf(retained);
    }
}
