package io.slipway.offline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What AWS would answer: ids in AWS's own formats, ARNs, and the invokes Slipway calls. */
final class AwsMockOutputs {
    private AwsMockOutputs() {}

    static String id(MockWorld w, String type, String name, Map<String, Object> inputs) {
        String h = MockWorld.hex(17, type, name);
        return switch (type) {
            case "aws:ec2/vpc:Vpc" -> "vpc-" + h;
            case "aws:ec2/subnet:Subnet" -> "subnet-" + h;
            case "aws:ec2/internetGateway:InternetGateway" -> "igw-" + h;
            case "aws:ec2/natGateway:NatGateway" -> "nat-" + h;
            case "aws:ec2/eip:Eip" -> "eipalloc-" + h;
            case "aws:ec2/routeTable:RouteTable" -> "rtb-" + h;
            case "aws:ec2/routeTableAssociation:RouteTableAssociation" -> "rtbassoc-" + h;
            case "aws:ec2/route:Route" -> "r-rtb-" + h;
            case "aws:ec2/securityGroup:SecurityGroup", "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup" -> "sg-" + h;
            case "aws:ec2/flowLog:FlowLog" -> "fl-" + h;
            case "aws:ec2/vpcEndpoint:VpcEndpoint" -> "vpce-" + h;
            case "aws:cloudwatch/logGroup:LogGroup", "aws:kms/alias:Alias" -> str(inputs, "name", name);
            case "aws:ec2/launchTemplate:LaunchTemplate" -> "lt-" + h;
            case "aws:route53/zone:Zone" -> "Z0" + MockWorld.hex(19, type, name).toUpperCase(java.util.Locale.ROOT);
            case "aws:kms/key:Key" -> uuid(type, name);
            case "aws:iam/role:Role", "aws:iam/policy:Policy" -> str(inputs, "name", name);
            case "aws:s3/bucketV2:BucketV2" -> str(inputs, "bucket", name + "-" + MockWorld.hex(8, type, name));
            case "aws:eks/cluster:Cluster" -> str(inputs, "name", name);
            default -> name + "-" + MockWorld.hex(8, type, name);
        };
    }

    static Map<String, Object> outputs(MockWorld w, String type, String name, String id, Map<String, Object> inputs) {
        String account = w.awsAccount();
        String region = w.region();
        return switch (type) {
            case "aws:eks/cluster:Cluster" -> {
                String oidc = MockWorld.hex(32, "oidc", id).toUpperCase(java.util.Locale.ROOT);
                // EKS adds the security group it creates for the control plane and the nodes.
                var vpcConfig = new LinkedHashMap<String, Object>();
                if (inputs.get("vpcConfig") instanceof Map<?, ?> given) {
                    given.forEach((key, value) -> vpcConfig.put(String.valueOf(key), value));
                }
                vpcConfig.put("clusterSecurityGroupId", "sg-" + MockWorld.hex(17, "cluster-sg", id));
                yield Map.of(
                        "vpcConfig", vpcConfig,
                        "name", id,
                        "arn", "arn:aws:eks:" + region + ":" + account + ":cluster/" + id,
                        "endpoint", "https://" + oidc + ".gr7." + region + ".eks.amazonaws.com",
                        "certificateAuthority", Map.of("data", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1PQ0sKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo="),
                        "identities", List.of(Map.of("oidcs", List.of(Map.of("issuer", "https://oidc.eks." + region + ".amazonaws.com/id/" + oidc)))),
                        "platformVersion", "eks.1",
                        "status", "ACTIVE");
            }
            case "aws:iam/role:Role" -> Map.of("arn", "arn:aws:iam::" + account + ":role/" + id, "name", id,
                    "uniqueId", "AROA" + MockWorld.hex(17, id).toUpperCase(java.util.Locale.ROOT));
            case "aws:iam/policy:Policy" -> Map.of("arn", "arn:aws:iam::" + account + ":policy/" + id, "name", id);
            case "aws:iam/openIdConnectProvider:OpenIdConnectProvider" -> Map.of("arn", "arn:aws:iam::" + account
                    + ":oidc-provider/" + String.valueOf(inputs.getOrDefault("url", "")).replaceFirst("^https://", ""));
            case "aws:route53/zone:Zone" -> Map.of(
                    "zoneId", id,
                    "arn", "arn:aws:route53:::hostedzone/" + id,
                    "nameServers", List.of(
                            "ns-" + (Integer.parseInt(MockWorld.hex(3, id, "1"), 16) % 2048) + ".awsdns-" + 10 + ".org",
                            "ns-" + (Integer.parseInt(MockWorld.hex(3, id, "2"), 16) % 2048) + ".awsdns-" + 21 + ".co.uk",
                            "ns-" + (Integer.parseInt(MockWorld.hex(3, id, "3"), 16) % 2048) + ".awsdns-" + 32 + ".com",
                            "ns-" + (Integer.parseInt(MockWorld.hex(3, id, "4"), 16) % 2048) + ".awsdns-" + 43 + ".net"));
            case "aws:kms/key:Key" -> Map.of("keyId", id, "arn", "arn:aws:kms:" + region + ":" + account + ":key/" + id);
            case "aws:route53/keySigningKey:KeySigningKey" -> {
                int keyTag = Integer.parseInt(MockWorld.hex(4, id), 16);
                String digest = MockWorld.hex(64, "ds", id).toUpperCase(java.util.Locale.ROOT);
                yield Map.of("keyTag", keyTag, "flag", 257, "signingAlgorithmType", 13, "signingAlgorithmMnemonic", "ECDSAP256SHA256",
                        "digestAlgorithmType", 2, "digestAlgorithmMnemonic", "SHA-256", "digestValue", digest,
                        "dsRecord", keyTag + " 13 2 " + digest);
            }
            case "aws:kms/alias:Alias" -> Map.of("arn", "arn:aws:kms:" + region + ":" + account + ":" + str(inputs, "name", "alias/" + name));
            case "aws:s3/bucketV2:BucketV2" -> Map.of("bucket", id, "arn", "arn:aws:s3:::" + id,
                    "bucketRegionalDomainName", id + ".s3." + region + ".amazonaws.com");
            case "aws:ec2/launchTemplate:LaunchTemplate" -> Map.of("latestVersion", 1, "arn",
                    "arn:aws:ec2:" + region + ":" + account + ":launch-template/" + id);
            case "aws:eks/nodeGroup:NodeGroup" -> Map.of("arn", "arn:aws:eks:" + region + ":" + account + ":nodegroup/"
                    + str(inputs, "clusterName", "cluster") + "/" + str(inputs, "nodeGroupName", name) + "/" + uuid(type, name),
                    "status", "ACTIVE",
                    // EKS names a node group's Auto Scaling group eks-<node group>-<uuid>
                    "resources", List.of(Map.of("autoscalingGroups", List.of(Map.of("name",
                            "eks-" + str(inputs, "nodeGroupName", name) + "-" + uuid(type, name, "asg"))))));
            case "aws:cloudwatch/logGroup:LogGroup" -> Map.of("arn", "arn:aws:logs:" + region + ":" + account + ":log-group:" + id);
            case "aws:ec2/flowLog:FlowLog" -> Map.of("arn", "arn:aws:ec2:" + region + ":" + account + ":vpc-flow-log/" + id);
            case "aws:ec2/natGateway:NatGateway" -> Map.of("publicIp", "198.51.100." + (Integer.parseInt(MockWorld.hex(2, id), 16) % 250 + 1));
            case "aws:ec2/vpc:Vpc", "aws:ec2/subnet:Subnet", "aws:ec2/securityGroup:SecurityGroup",
                 "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup" -> Map.of(
                    "arn", "arn:aws:ec2:" + region + ":" + account + ":" + ec2Kind(type) + "/" + id);
            case "aws:ec2/eip:Eip" -> Map.of("publicIp", "198.51.100." + (Integer.parseInt(MockWorld.hex(2, id), 16) % 250 + 1),
                    "allocationId", id);
            default -> Map.of();
        };
    }

    static Map<String, Object> invoke(MockWorld w, String token, Map<String, Object> args) {
        return switch (token) {
            case "aws:index/getAvailabilityZones:getAvailabilityZones" -> {
                var names = List.of(w.region() + "a", w.region() + "b", w.region() + "c");
                String prefix = w.region().replaceAll("-(north|south|east|west|central)", "").replace("-", "");
                yield Map.of("names", names, "zoneIds", List.of(prefix + "-az1", prefix + "-az2", prefix + "-az3"),
                        "id", w.region(), "state", "available");
            }
            case "aws:index/getCallerIdentity:getCallerIdentity" -> Map.of(
                    "accountId", w.awsAccount(), "arn", "arn:aws:iam::" + w.awsAccount() + ":user/slipway-plan",
                    "userId", "AIDA" + MockWorld.hex(17, "user").toUpperCase(java.util.Locale.ROOT), "id", w.awsAccount());
            case "aws:index/getPartition:getPartition" -> Map.of("partition", "aws", "dnsSuffix", "amazonaws.com", "id", "aws");
            case "aws:index/getRegion:getRegion" -> Map.of("name", w.region(), "id", w.region(),
                    "endpoint", "ec2." + w.region() + ".amazonaws.com");
            default -> Map.of();
        };
    }

    private static String ec2Kind(String type) {
        return switch (type) {
            case "aws:ec2/vpc:Vpc" -> "vpc";
            case "aws:ec2/subnet:Subnet" -> "subnet";
            default -> "security-group";
        };
    }

    static String uuid(String... seed) {
        String h = MockWorld.hex(32, seed);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20);
    }

    static String str(Map<String, Object> inputs, String key, String fallback) {
        Object v = inputs.get(key);
        return v instanceof String s && !s.isEmpty() ? s : fallback;
    }
}
