package io.slipway.addons.namespaces;

import static io.slipway.addons.namespaces.TrafficRule.Direction.EGRESS;
import static io.slipway.addons.namespaces.TrafficRule.Direction.INGRESS;

import io.slipway.addons.namespaces.TrafficRule.Peer;
import io.slipway.addons.namespaces.TrafficRule.Port;
import io.slipway.cluster.ClusterHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The allowances platform namespaces are made of, with the addresses of each cloud: where the
 * cluster DNS, the API server, the nodes and the cloud APIs are as a pod sees them.
 */
public final class PlatformTraffic {
    public static final String MONITORING_NAMESPACE = "monitoring";
    /** GKE's metadata server, which hands Workload Identity tokens to pods (port 80, and 988 under Dataplane V2). */
    static final String GKE_METADATA = "169.254.169.254/32";
    static final String GKE_METADATA_DATAPLANE_V2 = "169.254.169.252/32";
    static final String ANYWHERE = "0.0.0.0/0";

    private PlatformTraffic() {}

    /** Name lookups at the cluster DNS (CoreDNS on EKS, kube-dns on GKE; both labelled k8s-app=kube-dns). */
    public static TrafficRule dns() {
        return new TrafficRule("dns", EGRESS, List.of(Peer.pods("kube-system", Map.of("k8s-app", "kube-dns"))),
                List.of(Port.udp(53), Port.tcp(53)));
    }

    /**
     * The Kubernetes API. Pods reach it through the {@code kubernetes} Service, which policies see
     * translated to the control plane's private addresses: ENIs in the VPC on EKS, the control
     * plane's /28 on GKE.
     */
    public static TrafficRule apiServer(ClusterHandle cluster) {
        return new TrafficRule("api-server", EGRESS, controlPlane(cluster), List.of(Port.tcp(443)));
    }

    /** Admission webhooks the API server calls in the namespace, on the webhook's port. */
    public static TrafficRule webhookFromApiServer(ClusterHandle cluster, int port) {
        return new TrafficRule("webhook-from-api-server", INGRESS, controlPlane(cluster), List.of(Port.tcp(port)));
    }

    /**
     * The cloud's public APIs over HTTPS (STS, S3, EC2, Route 53; Google APIs), and on GKE the
     * metadata server that gives Workload Identity tokens. IRSA and the Google APIs have no fixed
     * addresses, so HTTPS is open to any address.
     */
    public static List<TrafficRule> cloudApis(ClusterHandle cluster) {
        var rules = new ArrayList<TrafficRule>();
        rules.add(new TrafficRule("cloud-apis", EGRESS, List.of(Peer.cidr(ANYWHERE)), List.of(Port.tcp(443))));
        if (cluster.gcp().isPresent()) {
            rules.add(new TrafficRule("gke-metadata", EGRESS, List.of(Peer.cidr(GKE_METADATA), Peer.cidr(GKE_METADATA_DATAPLANE_V2)),
                    List.of(Port.tcp(80), Port.tcp(988))));
        }
        return rules;
    }

    /** Prometheus in the monitoring namespace scraping the namespace's metrics port. */
    public static TrafficRule scrapedByMonitoring(int metricsPort) {
        return new TrafficRule("scrape-from-monitoring", INGRESS, List.of(Peer.namespace(MONITORING_NAMESPACE)),
                List.of(Port.tcp(metricsPort)));
    }

    /** The nodes' addresses (the VPC on EKS, the primary subnet on GKE), for host-network targets like the kubelet. */
    public static TrafficRule toNodes(ClusterHandle cluster, Port... ports) {
        return new TrafficRule("nodes", EGRESS, List.of(Peer.cidr(cluster.environment().spec().network().cidr())), List.of(ports));
    }

    private static List<Peer> controlPlane(ClusterHandle cluster) {
        String cidr = cluster.gcp().isPresent()
                ? cluster.environment().spec().gcp().masterCidr()
                : cluster.environment().spec().network().cidr();
        return List.of(Peer.cidr(cidr));
    }
}
