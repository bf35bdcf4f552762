package io.slipway.gcp.network;

import com.pulumi.core.Output;
import com.pulumi.gcp.compute.Network;
import com.pulumi.gcp.compute.NetworkArgs;
import com.pulumi.gcp.compute.Router;
import com.pulumi.gcp.compute.RouterArgs;
import com.pulumi.gcp.compute.RouterNat;
import com.pulumi.gcp.compute.RouterNatArgs;
import com.pulumi.gcp.compute.Subnetwork;
import com.pulumi.gcp.compute.SubnetworkArgs;
import com.pulumi.gcp.compute.inputs.RouterNatLogConfigArgs;
import com.pulumi.gcp.compute.inputs.SubnetworkLogConfigArgs;
import com.pulumi.gcp.compute.inputs.SubnetworkSecondaryIpRangeArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;

/**
 * The environment's VPC-native network: a custom-mode VPC with one subnet in the region whose
 * secondary ranges hold pod and service addresses, and Cloud NAT so private nodes reach the
 * internet without public IPs. Cloud NAT is regional and zone-redundant, so both NAT strategies
 * of the model build the same single NAT.
 *
 * <p>No firewall rules are created: a VPC denies all ingress implicitly, and GKE creates the
 * narrow rules it needs itself (control plane to kubelets and webhooks, node to node). Anything
 * more is a hole someone has to justify.
 *
 * <p>Networks, subnets, routers and NATs take no labels in the Compute API; cost attribution of
 * network egress comes from the labelled nodes and clusters that cause it.
 *
 * <p>With an existing network nothing is created and its names are handed out unchanged.
 */
public final class GcpNetwork extends ComponentResource {
    public static final String TYPE = "slipway:gcp:GcpNetwork";
    public static final String PODS_RANGE = "pods";
    public static final String SERVICES_RANGE = "services";

    private final Output<String> network;
    private final Output<String> subnetwork;
    private final Output<String> podsRangeName;
    private final Output<String> servicesRangeName;

    public GcpNetwork(String name, GcpNetworkArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        if (args.existing() != null) {
            var existing = args.existing();
            this.network = Output.of(existing.network());
            this.subnetwork = Output.of(existing.subnetwork());
            this.podsRangeName = Output.of(existing.podsRangeName());
            this.servicesRangeName = Output.of(existing.servicesRangeName());
        } else {
            var vpc = new Network(name, NetworkArgs.builder()
                    .project(args.project())
                    .name(name)
                    .description("Slipway network " + name)
                    .autoCreateSubnetworks(false)
                    .routingMode("REGIONAL")
                    .build(), child());
            var subnet = new Subnetwork(subnetworkName(name, args.region()), SubnetworkArgs.builder()
                    .project(args.project())
                    .name(subnetworkName(name, args.region()))
                    .region(args.region())
                    .network(vpc.id())
                    .ipCidrRange(args.cidr())
                    .secondaryIpRanges(
                            SubnetworkSecondaryIpRangeArgs.builder().rangeName(PODS_RANGE).ipCidrRange(args.podsCidr()).build(),
                            SubnetworkSecondaryIpRangeArgs.builder().rangeName(SERVICES_RANGE).ipCidrRange(args.servicesCidr()).build())
                    // Nodes have no public IPs: Google APIs (Artifact Registry, logging, KMS) are
                    // reached through Private Google Access instead of through NAT.
                    .privateIpGoogleAccess(true)
                    // Flow logs, sampled, are what an incident review needs to see who talked to whom.
                    .logConfig(SubnetworkLogConfigArgs.builder()
                            .aggregationInterval("INTERVAL_5_SEC")
                            .flowSampling(0.5)
                            .metadata("INCLUDE_ALL_METADATA")
                            .build())
                    .build(), child());
            var router = new Router(name + "-router", RouterArgs.builder()
                    .project(args.project())
                    .name(name + "-router")
                    .region(args.region())
                    .network(vpc.id())
                    .build(), child());
            new RouterNat(name + "-nat", RouterNatArgs.builder()
                    .project(args.project())
                    .name(name + "-nat")
                    .region(args.region())
                    .router(router.name())
                    .natIpAllocateOption("AUTO_ONLY")
                    .sourceSubnetworkIpRangesToNat("ALL_SUBNETWORKS_ALL_IP_RANGES")
                    // Errors only: a translation failure (port exhaustion) is the signal; every
                    // successful connection would just be cost.
                    .logConfig(RouterNatLogConfigArgs.builder().enable(true).filter("ERRORS_ONLY").build())
                    .build(), child());
            this.network = vpc.id();
            this.subnetwork = subnet.id();
            this.podsRangeName = Output.of(PODS_RANGE);
            this.servicesRangeName = Output.of(SERVICES_RANGE);
        }
        registerOutputs(Map.of(
                "network", network,
                "subnetwork", subnetwork,
                "podsRangeName", podsRangeName,
                "servicesRangeName", servicesRangeName));
    }

    /** The cluster subnet Slipway creates: {@code <network>-<region>}. */
    public static String subnetworkName(String networkName, String region) {
        return networkName + "-" + region;
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    /** The VPC network: {@code projects/<p>/global/networks/<name>}, or the existing network as given. */
    public Output<String> network() {
        return network;
    }

    /** The cluster subnet: {@code projects/<p>/regions/<r>/subnetworks/<name>}, or the existing one as given. */
    public Output<String> subnetwork() {
        return subnetwork;
    }

    public Output<String> podsRangeName() {
        return podsRangeName;
    }

    public Output<String> servicesRangeName() {
        return servicesRangeName;
    }
}
