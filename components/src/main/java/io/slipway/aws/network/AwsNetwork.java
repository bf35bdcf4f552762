package io.slipway.aws.network;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.ec2.DefaultSecurityGroup;
import com.pulumi.aws.ec2.DefaultSecurityGroupArgs;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
import com.pulumi.aws.ec2.Route;
import com.pulumi.aws.ec2.RouteArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.inputs.GetAvailabilityZonesArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.network.NatStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment's VPC, shared by both cluster slots: per zone a private subnet (nodes, pods,
 * internal load balancers) and a public one (internet-facing load balancers, NAT gateways), egress
 * through one NAT gateway or one per zone (and to S3 through a gateway endpoint), the default
 * security group emptied, and flow logs on.
 * With {@code aws.existingVpc} it creates nothing and passes the given ids on.
 */
public final class AwsNetwork extends ComponentResource {
    public static final String TYPE = "slipway:aws:Network";
    public static final String COMPONENT = "network";
    static final String ANYWHERE = "0.0.0.0/0";

    private final Output<String> vpcId;
    private final Output<List<String>> privateSubnetIds;
    private final Output<List<String>> publicSubnetIds;

    public AwsNetwork(String name, AwsNetworkArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var environment = args.environment();
        var existing = environment.spec().aws() == null ? null : environment.spec().aws().existingVpc();
        if (existing != null) {
            this.vpcId = Output.of(existing.vpcId());
            this.privateSubnetIds = Output.of(existing.privateSubnetIds());
            this.publicSubnetIds = Output.of(existing.publicSubnetIds());
        } else {
            var created = build(name, args);
            this.vpcId = created.vpcId;
            this.privateSubnetIds = created.privateSubnetIds;
            this.publicSubnetIds = created.publicSubnetIds;
        }
        registerOutputs(Map.of("vpcId", vpcId, "privateSubnetIds", privateSubnetIds, "publicSubnetIds", publicSubnetIds));
    }

    private record Built(Output<String> vpcId, Output<List<String>> privateSubnetIds, Output<List<String>> publicSubnetIds) {}

    private Built build(String name, AwsNetworkArgs args) {
        var environment = args.environment();
        var network = environment.spec().network();
        int zoneCount = network.zones();
        var layout = SubnetLayout.of(network.cidr(), zoneCount);
        var zones = availabilityZones(zoneCount, environment.spec().region());

        var vpc = new Vpc(name, VpcArgs.builder()
                .cidrBlock(network.cidr())
                // Both are needed for EKS private endpoints and for nodes to resolve each other's names.
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(tags(environment, environment.name()))
                .build(), child());
        // Adopting the default group strips its allow-all rules: nothing can land in an open group by accident.
        new DefaultSecurityGroup(name + "-default", DefaultSecurityGroupArgs.builder()
                .vpcId(vpc.id())
                .ingress(List.of())
                .egress(List.of())
                .tags(tags(environment, environment.name() + "-default-closed"))
                .build(), child());
        var internetGateway = new InternetGateway(name, InternetGatewayArgs.builder()
                .vpcId(vpc.id())
                .tags(tags(environment, environment.name()))
                .build(), child());

        var publicRoutes = new RouteTable(name + "-public", RouteTableArgs.builder()
                .vpcId(vpc.id())
                .tags(tags(environment, environment.name() + "-public"))
                .build(), child());
        new Route(name + "-public-internet", RouteArgs.builder()
                .routeTableId(publicRoutes.id())
                .destinationCidrBlock(ANYWHERE)
                .gatewayId(internetGateway.id())
                .build(), child());

        var publicSubnets = new ArrayList<Subnet>();
        var privateSubnets = new ArrayList<Subnet>();
        var zoneNames = new ArrayList<Output<String>>();
        for (int i = 0; i < zoneCount; i++) {
            int zoneIndex = i;
            Output<String> zone = zones.applyValue(names -> names.get(zoneIndex));
            zoneNames.add(zone);
            var publicSubnet = new Subnet(name + "-public-" + (i + 1), SubnetArgs.builder()
                    .vpcId(vpc.id())
                    .availabilityZone(zone)
                    .cidrBlock(layout.publicCidrs().get(i))
                    // Only load balancers and NAT gateways live here; nothing gets a public address by default.
                    .mapPublicIpOnLaunch(false)
                    .tags(subnetTags(environment, "public", "kubernetes.io/role/elb", zone))
                    .build(), child());
            new RouteTableAssociation(name + "-public-" + (i + 1), RouteTableAssociationArgs.builder()
                    .subnetId(publicSubnet.id())
                    .routeTableId(publicRoutes.id())
                    .build(), child());
            publicSubnets.add(publicSubnet);
            privateSubnets.add(new Subnet(name + "-private-" + (i + 1), SubnetArgs.builder()
                    .vpcId(vpc.id())
                    .availabilityZone(zone)
                    .cidrBlock(layout.privateCidrs().get(i))
                    .mapPublicIpOnLaunch(false)
                    .tags(subnetTags(environment, "private", "kubernetes.io/role/internal-elb", zone))
                    .build(), child()));
        }

        var natGateways = natGateways(name, environment, network.nat(), publicSubnets, internetGateway);
        var privateRouteTableIds = new ArrayList<Output<String>>();
        for (int i = 0; i < zoneCount; i++) {
            var nat = natGateways.get(Math.min(i, natGateways.size() - 1));
            var privateRoutes = new RouteTable(name + "-private-" + (i + 1), RouteTableArgs.builder()
                    .vpcId(vpc.id())
                    .tags(zoneNames.get(i).applyValue(zone -> tags(environment,
                            environment.name() + "-private-" + zone)))
                    .build(), child());
            privateRouteTableIds.add(privateRoutes.id());
            new Route(name + "-private-" + (i + 1) + "-egress", RouteArgs.builder()
                    .routeTableId(privateRoutes.id())
                    .destinationCidrBlock(ANYWHERE)
                    .natGatewayId(nat.id())
                    .build(), child());
            new RouteTableAssociation(name + "-private-" + (i + 1), RouteTableAssociationArgs.builder()
                    .subnetId(privateSubnets.get(i).id())
                    .routeTableId(privateRoutes.id())
                    .build(), child());
        }

        // Image layers (ECR serves them from S3) and backups reach S3 without paying NAT data processing.
        new VpcEndpoint(name + "-s3", VpcEndpointArgs.builder()
                .vpcId(vpc.id())
                .serviceName("com.amazonaws." + environment.spec().region() + ".s3")
                .vpcEndpointType("Gateway")
                .routeTableIds(Output.all(privateRouteTableIds))
                .policy(S3EndpointPolicy.of(args.account()))
                .tags(tags(environment, environment.name() + "-s3"))
                .build(), child());
        new VpcFlowLogs(name + "-flow-logs", new VpcFlowLogsArgs(environment, args.account(), vpc.id(), args.kmsKeyArn(),
                args.flowLogRetentionDays()), ComponentResourceOptions.builder().parent(this).build());
        return new Built(vpc.id(), ids(privateSubnets), ids(publicSubnets));
    }

    /** One NAT gateway in the first zone's public subnet, or one in each zone's. */
    private List<NatGateway> natGateways(String name, EnvironmentContext environment, NatStrategy strategy,
                                         List<Subnet> publicSubnets, InternetGateway internetGateway) {
        int count = strategy == NatStrategy.PER_ZONE ? publicSubnets.size() : 1;
        var gateways = new ArrayList<NatGateway>();
        for (int i = 0; i < count; i++) {
            String suffix = "-" + (i + 1);
            var address = new Eip(name + "-nat" + suffix, EipArgs.builder()
                    .domain("vpc")
                    .tags(tags(environment, environment.name() + "-nat" + suffix))
                    .build(), child());
            gateways.add(new NatGateway(name + "-nat" + suffix, NatGatewayArgs.builder()
                    .allocationId(address.allocationId())
                    .subnetId(publicSubnets.get(i).id())
                    .connectivityType("public")
                    .tags(tags(environment, environment.name() + "-nat" + suffix))
                    // A NAT gateway created before the VPC has its internet gateway cannot route out.
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(internetGateway).build()));
        }
        return gateways;
    }

    /** The first {@code count} available zones of the region, in name order, or a clear error when there are fewer. */
    private static Output<List<String>> availabilityZones(int count, String region) {
        return AwsFunctions.getAvailabilityZones(GetAvailabilityZonesArgs.builder().state("available").build())
                .applyValue(result -> {
                    var names = result.names().stream().sorted().toList();
                    if (names.size() < count) {
                        throw new IllegalArgumentException("network.zones is " + count + " but region " + region + " has only "
                                + names.size() + " available zones " + names + "; set network.zones to at most " + names.size());
                    }
                    return names.subList(0, count);
                });
    }

    private static Output<List<String>> ids(List<Subnet> subnets) {
        return Output.all(subnets.stream().map(Subnet::id).toList());
    }

    /**
     * Subnet tags: the role tag load balancer controllers pick subnets by, and both slots' cluster
     * tags ({@code shared}), so either slot's load balancers and discovery work during an upgrade.
     */
    private static Output<Map<String, String>> subnetTags(EnvironmentContext environment, String tier, String roleTag,
                                                          Output<String> zone) {
        return zone.applyValue(zoneName -> {
            var tags = tags(environment, environment.name() + "-" + tier + "-" + zoneName);
            tags.put(roleTag, "1");
            for (String slot : List.of(EnvironmentSpec.BLUE, EnvironmentSpec.GREEN)) {
                tags.put("kubernetes.io/cluster/" + environment.clusterName(slot), "shared");
            }
            return tags;
        });
    }

    private static Map<String, String> tags(EnvironmentContext environment, String nameTag) {
        var tags = new TreeMap<>(environment.awsTags(EnvironmentContext.SHARED_SLOT, COMPONENT));
        tags.put("Name", nameTag);
        return tags;
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<List<String>> privateSubnetIds() {
        return privateSubnetIds;
    }

    public Output<List<String>> publicSubnetIds() {
        return publicSubnetIds;
    }
}
