package io.slipway.cluster;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.Optional;

/**
 * What an environment's long-lived, protected foundation offers its cluster slots, whatever the
 * cloud. Both slots share it, so a new slot restores the old one's backups and serves the same zone.
 */
public interface Foundation {
    /** The foundation component itself, for parenting and dependencies. */
    Resource resource();

    /** The environment's DNS zone: a Route 53 hosted zone id, or a Cloud DNS managed zone name. */
    Output<String> dnsZoneId();

    /** The zone's name servers, to delegate the domain from its parent. */
    Output<java.util.List<String>> nameServers();

    /** The name of the backups bucket Velero writes to. */
    Output<String> backupsBucket();

    /**
     * The outputs, beyond zone, name servers and backups bucket, that ephemeral children read from
     * this environment's stack ({@link FoundationExports}); empty on a child, which has no children.
     */
    default java.util.Map<String, Output<?>> exports() {
        return java.util.Map.of();
    }

    /**
     * The environment's log bucket: access logs of the backups bucket, and on AWS of the load
     * balancers too (under {@code io.slipway.aws.storage.LogBucket#LOAD_BALANCER_LOG_PREFIX}).
     */
    Output<String> logsBucket();

    /**
     * The DS record the parent domain must publish when Slipway signs the zone itself (Route 53 with
     * {@code aws.dnssec}); empty when it does not.
     */
    default Optional<Output<String>> dsRecord() {
        return Optional.empty();
    }
}
