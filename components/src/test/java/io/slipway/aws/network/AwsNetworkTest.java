package io.slipway.aws.network;

import static io.slipway.aws.foundation.AwsTestEnvironments.MOCKS;
import static io.slipway.aws.foundation.AwsTestEnvironments.actions;
import static io.slipway.aws.foundation.AwsTestEnvironments.clean;
import static io.slipway.aws.foundation.AwsTestEnvironments.environment;
import static io.slipway.aws.foundation.AwsTestEnvironments.failureOf;
import static io.slipway.aws.foundation.AwsTestEnvironments.json;
import static io.slipway.aws.foundation.AwsTestEnvironments.map;
import static io.slipway.aws.foundation.AwsTestEnvironments.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.aws.AwsAccount;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.network.NetworkSpec;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsNetworkTest {
    private static final String KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/0f6a1c2e-test";
    private static final String SUBNET = "aws:ec2/subnet:Subnet";
    private static final String ROUTE = "aws:ec2/route:Route";
    private static final String NAT = "aws:ec2/natGateway:NatGateway";

    private static OfflineResult plan(EnvironmentContext environment) {
        return OfflineEngine.run(environment.name(), MOCKS, ctx -> {
            var network = new AwsNetwork(environment.name(), new AwsNetworkArgs(environment,
                    AwsAccount.lookup(environment.spec().region()), Output.of(KEY_ARN), null), ComponentResourceOptions.builder().build());
            ctx.export("vpcId", network.vpcId());
            ctx.export("privateSubnetIds", network.privateSubnetIds());
            ctx.export("publicSubnetIds", network.publicSubnetIds());
        });
    }

    @Test
    void subnetsSpreadOverTheFirstZonesWithComputedRanges() {
        // GIVEN a dev environment with a 10.20.0.0/16 over two zones
        var env = environment("dev", "network: {cidr: 10.20.0.0/16, zones: 2}");

        // WHEN the network is planned
        var result = clean(plan(env));

        // THEN the VPC resolves names, and each zone has a private /19 and a public /22 in the first two zones
        var vpc = result.single("aws:ec2/vpc:Vpc");
        assertThat(vpc.require("cidrBlock")).isEqualTo("10.20.0.0/16");
        assertThat(vpc.require("enableDnsSupport")).isEqualTo(true);
        assertThat(vpc.require("enableDnsHostnames")).isEqualTo(true);
        assertThat(subnet(result, "dev-private-1").require("cidrBlock")).isEqualTo("10.20.0.0/19");
        assertThat(subnet(result, "dev-private-2").require("cidrBlock")).isEqualTo("10.20.32.0/19");
        assertThat(subnet(result, "dev-public-1").require("cidrBlock")).isEqualTo("10.20.224.0/22");
        assertThat(subnet(result, "dev-public-2").require("cidrBlock")).isEqualTo("10.20.228.0/22");
        assertThat(subnet(result, "dev-private-1").require("availabilityZone")).isEqualTo("eu-west-1a");
        assertThat(subnet(result, "dev-public-2").require("availabilityZone")).isEqualTo("eu-west-1b");
        assertThat(result.ofType(SUBNET)).allSatisfy(s -> assertThat(s.require("mapPublicIpOnLaunch")).isEqualTo(false));
        // AND the component exports the subnet ids in zone order
        assertThat((List<?>) result.outputs().get("privateSubnetIds")).hasSize(2).allSatisfy(id -> assertThat(id).asString().startsWith("subnet-"));
        assertThat(result.outputs().get("vpcId")).asString().startsWith("vpc-");
    }

    @Test
    void subnetsCarryLoadBalancerRoleAndBothSlotsClusterTags() {
        // GIVEN the default dev environment WHEN the network is planned
        var result = clean(plan(environment("dev", "")));

        // THEN public subnets are for internet-facing and private ones for internal load balancers
        var publicSubnet = subnet(result, "dev-public-1");
        var privateSubnet = subnet(result, "dev-private-1");
        assertThat(tags(publicSubnet).get("kubernetes.io/role/elb")).isEqualTo("1");
        assertThat(tags(publicSubnet)).doesNotContainKey("kubernetes.io/role/internal-elb");
        assertThat(tags(privateSubnet).get("kubernetes.io/role/internal-elb")).isEqualTo("1");
        assertThat(tags(privateSubnet)).doesNotContainKey("kubernetes.io/role/elb");
        // AND both slots' clusters may use every subnet, so either slot works during an upgrade
        for (var subnet : result.ofType(SUBNET)) {
            assertThat(tags(subnet).get("kubernetes.io/cluster/dev-blue")).isEqualTo("shared");
            assertThat(tags(subnet).get("kubernetes.io/cluster/dev-green")).isEqualTo("shared");
            assertThat(subnet.require("tags.slipway:component")).isEqualTo("network");
            assertThat(subnet.require("tags.slipway:slot")).isEqualTo("shared");
            assertThat(subnet.require("tags.team")).isEqualTo("platform");
        }
        assertThat(privateSubnet.require("tags.Name")).isEqualTo("dev-private-eu-west-1a");
    }

    @Test
    void aSingleNatGatewayInTheFirstZoneServesEveryPrivateSubnet() {
        // GIVEN dev with nat: single over three zones WHEN the network is planned
        var result = clean(plan(environment("dev", "network: {zones: 3, nat: single}")));

        // THEN one NAT gateway with its elastic IP sits in the first public subnet
        var nat = result.single(NAT);
        assertThat(nat.dependencies()).contains(subnet(result, "dev-public-1").urn(), result.single("aws:ec2/eip:Eip").urn(),
                result.single("aws:ec2/internetGateway:InternetGateway").urn());
        assertThat(nat.require("connectivityType")).isEqualTo("public");
        assertThat(result.single("aws:ec2/eip:Eip").require("domain")).isEqualTo("vpc");
        // AND every private route table sends 0.0.0.0/0 to it
        for (int zone = 1; zone <= 3; zone++) {
            var route = result.named(ROUTE, "dev-private-" + zone + "-egress");
            assertThat(route.require("destinationCidrBlock")).isEqualTo("0.0.0.0/0");
            assertThat((String) route.require("natGatewayId")).startsWith("nat-");
            assertThat(route.dependencies()).contains(nat.urn());
        }
        // AND S3 traffic of the private subnets bypasses the NAT gateway through a gateway endpoint
        var s3 = result.single("aws:ec2/vpcEndpoint:VpcEndpoint");
        assertThat(s3.require("serviceName")).isEqualTo("com.amazonaws.eu-west-1.s3");
        assertThat(s3.require("vpcEndpointType")).isEqualTo("Gateway");
        assertThat((List<?>) s3.require("routeTableIds")).hasSize(3).allSatisfy(id -> assertThat(id).asString().startsWith("rtb-"));
        for (int zone = 1; zone <= 3; zone++) {
            assertThat(s3.dependencies()).contains(result.named("aws:ec2/routeTable:RouteTable", "dev-private-" + zone).urn());
        }
        // AND the public route table sends 0.0.0.0/0 to the internet gateway
        var publicRoute = result.named(ROUTE, "dev-public-internet");
        assertThat((String) publicRoute.require("gatewayId")).startsWith("igw-");
        assertThat(publicRoute.input("natGatewayId")).isEmpty();
    }

    @Test
    void perZoneNatGatewaysKeepEachZonesEgressInTheZone() {
        // GIVEN prod-like networking: three zones, a NAT gateway per zone WHEN the network is planned
        var result = clean(plan(environment("prod", "network: {zones: 3, nat: perZone}")));

        // THEN there is one NAT gateway per zone, each in its zone's public subnet, each with its own address
        assertThat(result.ofType(NAT)).hasSize(3);
        assertThat(result.ofType("aws:ec2/eip:Eip")).hasSize(3);
        for (int zone = 1; zone <= 3; zone++) {
            var nat = result.named(NAT, "prod-nat-" + zone);
            assertThat(nat.dependencies()).contains(subnet(result, "prod-public-" + zone).urn(),
                    result.named("aws:ec2/eip:Eip", "prod-nat-" + zone).urn());
            // AND each zone's private route goes to its own zone's NAT gateway only
            var route = result.named(ROUTE, "prod-private-" + zone + "-egress");
            assertThat(route.dependencies()).contains(nat.urn());
            for (int other = 1; other <= 3; other++) {
                if (other != zone) {
                    assertThat(route.dependencies()).doesNotContain(result.named(NAT, "prod-nat-" + other).urn());
                }
            }
        }
    }

    @Test
    void theDefaultSecurityGroupIsAdoptedWithNoRules() {
        // GIVEN dev WHEN the network is planned
        var result = clean(plan(environment("dev", "")));

        // THEN the VPC's default security group is managed with neither ingress nor egress rules
        var group = result.single("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup");
        assertThat((List<?>) group.input("ingress").orElse(List.of())).isEmpty();
        assertThat((List<?>) group.input("egress").orElse(List.of())).isEmpty();
        assertThat(group.dependencies()).contains(result.single("aws:ec2/vpc:Vpc").urn());
    }

    @Test
    void flowLogsGoToAnEncryptedLogGroupThroughAScopedRole() {
        // GIVEN dev WHEN the network is planned
        var result = clean(plan(environment("dev", "")));

        // THEN all traffic is logged to a KMS-encrypted log group kept the dev tier's 30 days
        var logGroup = result.single("aws:cloudwatch/logGroup:LogGroup");
        assertThat(logGroup.require("name")).isEqualTo("/slipway/dev/vpc-flow-logs");
        assertThat(logGroup.require("kmsKeyId")).isEqualTo(KEY_ARN);
        assertThat(((Number) logGroup.require("retentionInDays")).intValue()).isEqualTo(30);
        String groupArn = "arn:aws:logs:eu-west-1:123456789012:log-group:/slipway/dev/vpc-flow-logs";
        var flowLog = result.single("aws:ec2/flowLog:FlowLog");
        assertThat(flowLog.require("trafficType")).isEqualTo("ALL");
        assertThat(flowLog.require("logDestinationType")).isEqualTo("cloud-watch-logs");
        assertThat(flowLog.require("logDestination")).isEqualTo(groupArn);
        assertThat((String) flowLog.require("vpcId")).startsWith("vpc-");
        // AND the delivery role is assumable by the flow-logs service of this account only
        var trust = json(result.single("aws:iam/role:Role").require("assumeRolePolicy")).get("Statement").get(0);
        assertThat(trust.get("Principal").get("Service").asText()).isEqualTo("vpc-flow-logs.amazonaws.com");
        assertThat(trust.get("Condition").get("StringEquals").get("aws:SourceAccount").asText()).isEqualTo("123456789012");
        // AND it may write to this log group and its streams, with named actions only
        var policy = json(result.single("aws:iam/rolePolicy:RolePolicy").require("policy"));
        assertThat(actions(policy)).containsExactly("logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents");
        assertThat(policy.get("Statement").get(0).get("Resource").toString())
                .isEqualTo("[\"" + groupArn + "\",\"" + groupArn + ":log-stream:*\"]");
    }

    @Test
    void anExistingVpcCreatesNothingAndPassesItsIdsOn() {
        // GIVEN an environment bringing its own VPC
        var env = environment("dev", """
                aws:
                  existingVpc:
                    vpcId: vpc-0abc0000
                    privateSubnetIds: [subnet-0a000000, subnet-0b000000]
                    publicSubnetIds: [subnet-1a000000]
                """);

        // WHEN the network is planned
        var result = clean(plan(env));

        // THEN no cloud resource is created and the given ids are the component's outputs
        assertThat(result.resources()).allSatisfy(r -> assertThat(r.type()).doesNotStartWith("aws:"));
        assertThat(result.outputs().get("vpcId")).isEqualTo("vpc-0abc0000");
        assertThat(result.outputs().get("privateSubnetIds")).isEqualTo(List.of("subnet-0a000000", "subnet-0b000000"));
        assertThat(result.outputs().get("publicSubnetIds")).isEqualTo(List.of("subnet-1a000000"));
    }

    @Test
    void moreZonesThanTheRegionHasIsAClearError() {
        // GIVEN four zones in a region where the mock cloud offers three, in a spec built in code (validation
        // refuses it in a file, from the region catalog; an account can still offer fewer zones than the region has)
        var valid = environment("dev", "network: {zones: 3}").spec();
        var spec = valid.network();
        var env = new EnvironmentContext("dev", new EnvironmentSpec(valid.cloud(), valid.tier(),
                valid.region(), valid.domain(), new NetworkSpec(spec.cidr(), 4, spec.nat()), valid.apiAccess(),
                valid.tags(), valid.slots(), valid.dns(), valid.addons(), valid.aws(), valid.gcp(), valid.upgrade(),
                valid.teams(), valid.ephemeral(), valid.ephemeralPolicy(), valid.logs(), valid.waivers()));
        // WHEN the network is planned

        // THEN the program fails with a message naming the setting, the region and its zones
        assertThat(failureOf(() -> plan(env))).contains("network.zones is 4").contains("eu-west-1 has only 3").contains("eu-west-1c");
    }

    @Test
    void theS3EndpointReachesOnlyTheAccountsBucketsAndTheAwsOwnedBucketsNodesRead() {
        // GIVEN dev WHEN the network is planned
        var policy = json(clean(plan(environment("dev", ""))).single("aws:ec2/vpcEndpoint:VpcEndpoint").require("policy"));

        // THEN any S3 action passes the endpoint only for buckets owned by this account
        var own = statement(policy, "AccountBuckets");
        assertThat(own.get("Effect").asText()).isEqualTo("Allow");
        assertThat(own.get("Action").asText()).isEqualTo("s3:*");
        assertThat(own.get("Resource").asText()).isEqualTo("*");
        assertThat(own.get("Condition").get("StringEquals").get("aws:ResourceAccount").asText()).isEqualTo("123456789012");
        // AND AWS-owned buckets of the region may only be read: ECR layers, Amazon Linux repositories, SSM agent
        var awsOwned = statement(policy, "AwsOwnedBuckets");
        assertThat(awsOwned.get("Action").asText()).isEqualTo("s3:GetObject");
        assertThat(awsOwned.get("Resource")).extracting(com.fasterxml.jackson.databind.JsonNode::asText).contains(
                "arn:aws:s3:::prod-eu-west-1-starport-layer-bucket/*",
                "arn:aws:s3:::al2023-repos-eu-west-1-*/*",
                "arn:aws:s3:::amazonlinux-2-repos-eu-west-1/*",
                "arn:aws:s3:::amazon-ssm-eu-west-1/*");
        // AND nothing else is allowed
        assertThat(policy.get("Statement")).hasSize(2);
    }

    @Test
    void flowLogsAreKeptAsLongAsTheEnvironmentSays() {
        // GIVEN a dev environment keeping its audit logs 180 days WHEN the network is planned
        var result = clean(plan(environment("dev", "logs: {retentionDays: 180}")));

        // THEN the flow-log group keeps records 180 days
        assertThat(((Number) result.single("aws:cloudwatch/logGroup:LogGroup").require("retentionInDays")).intValue())
                .isEqualTo(180);
    }

    @Test
    void aFlowLogRetentionCloudWatchDoesNotOfferIsRefused() {
        // GIVEN a retention of 100 days, which CloudWatch Logs does not offer
        var env = environment("dev", "");

        // WHEN the network is planned THEN the run fails naming the valid values
        var failure = failureOf(() -> OfflineEngine.run("dev", MOCKS, ctx -> new AwsNetwork("dev", new AwsNetworkArgs(env,
                AwsAccount.lookup("eu-west-1"), Output.of(KEY_ARN), 100), ComponentResourceOptions.builder().build())));
        assertThat(failure).contains("retention of 100 days").contains("90, 120");
    }

    private static java.util.Map<String, Object> tags(RegisteredResource resource) {
        return map(resource.require("tags"));
    }

    private static RegisteredResource subnet(OfflineResult result, String name) {
        return result.named(SUBNET, name);
    }
}
