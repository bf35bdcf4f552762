package io.slipway.addons.ingress;

import com.pulumi.gcp.compute.Address;
import com.pulumi.gcp.compute.AddressArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.ClusterHandle;
import io.slipway.model.addons.IngressSpec;

/**
 * On GCP, the regional address reserved for a slot's ingress load balancer and given to Traefik's
 * Service as its {@code loadBalancerIP}. It needs nothing of the cluster, so it is created while the
 * cluster is, and the slot's DNS records are written from it instead of waiting for the load balancer
 * to be provisioned. The address also stays the same when the Service is re-created (a chart upgrade,
 * a reinstall), so the records never point at an address GCP has handed to someone else.
 * External by default (premium tier, as GKE's load balancers are); with {@code ingress.internal} an
 * internal address in the nodes' subnetwork, where an internal passthrough load balancer must take it.
 */
final class ReservedIngressAddress {
    /** The component label of the address, as the cost report attributes it. */
    static final String COMPONENT = "ingress";

    private ReservedIngressAddress() {}

    /** The address's name in GCP: the cluster's name (at most 40 characters) and {@code -ingress}. */
    static String addressName(ClusterHandle cluster) {
        return cluster.clusterName() + "-ingress";
    }

    static Address reserve(String resourceName, ClusterHandle cluster, IngressSpec spec, Resource parent) {
        var gcp = cluster.gcp().orElseThrow(() -> new IllegalArgumentException("a reserved ingress address is a GCP resource"));
        var args = AddressArgs.builder()
                .project(gcp.project())
                .region(cluster.environment().spec().region())
                .name(addressName(cluster))
                .description("Ingress load balancer of Slipway cluster " + cluster.clusterName())
                .labels(cluster.environment().gcpLabels(cluster.slot(), COMPONENT));
        if (spec.internal()) {
            args.addressType("INTERNAL").subnetwork(gcp.subnetwork());
        } else {
            args.addressType("EXTERNAL").networkTier("PREMIUM");
        }
        return new Address(resourceName, args.build(), CustomResourceOptions.builder().parent(parent).build());
    }
}
