package io.slipway.offline;

import java.util.List;
import java.util.Map;

/** What Google Cloud would answer: resource ids in GCP's path formats, and project/zone look-ups. */
final class GcpMockOutputs {
    private GcpMockOutputs() {}

    static String id(MockWorld w, String type, String name, Map<String, Object> inputs) {
        String project = AwsMockOutputs.str(inputs, "project", w.gcpProject());
        String resourceName = AwsMockOutputs.str(inputs, "name", name);
        return switch (type) {
            case "gcp:compute/network:Network" -> "projects/" + project + "/global/networks/" + resourceName;
            case "gcp:compute/subnetwork:Subnetwork" -> "projects/" + project + "/regions/" + w.region() + "/subnetworks/" + resourceName;
            case "gcp:compute/router:Router" -> "projects/" + project + "/regions/" + w.region() + "/routers/" + resourceName;
            case "gcp:compute/address:Address" -> "projects/" + project + "/regions/"
                    + AwsMockOutputs.str(inputs, "region", w.region()) + "/addresses/" + resourceName;
            case "gcp:compute/routerNat:RouterNat" -> project + "/" + w.region() + "/"
                    + AwsMockOutputs.str(inputs, "router", "router") + "/" + resourceName;
            case "gcp:container/cluster:Cluster" -> "projects/" + project + "/locations/"
                    + AwsMockOutputs.str(inputs, "location", w.region()) + "/clusters/" + resourceName;
            case "gcp:container/nodePool:NodePool" -> project + "/" + AwsMockOutputs.str(inputs, "location", w.region()) + "/"
                    + AwsMockOutputs.str(inputs, "cluster", "cluster") + "/" + resourceName;
            case "gcp:dns/managedZone:ManagedZone" -> "projects/" + project + "/managedZones/" + resourceName;
            case "gcp:storage/bucket:Bucket" -> resourceName;
            case "gcp:kms/keyRing:KeyRing" -> "projects/" + project + "/locations/" + AwsMockOutputs.str(inputs, "location", w.region())
                    + "/keyRings/" + resourceName;
            case "gcp:kms/cryptoKey:CryptoKey" -> AwsMockOutputs.str(inputs, "keyRing", "keyRing") + "/cryptoKeys/" + resourceName;
            case "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember" -> AwsMockOutputs.str(inputs, "cryptoKeyId", "key") + "/"
                    + AwsMockOutputs.str(inputs, "role", "role") + "/" + AwsMockOutputs.str(inputs, "member", "member");
            case "gcp:projects/iAMMember:IAMMember" -> project + "/" + AwsMockOutputs.str(inputs, "role", "role") + "/"
                    + AwsMockOutputs.str(inputs, "member", "member");
            case "gcp:serviceaccount/account:Account" -> "projects/" + project + "/serviceAccounts/"
                    + AwsMockOutputs.str(inputs, "accountId", name) + "@" + project + ".iam.gserviceaccount.com";
            default -> name + "-" + MockWorld.hex(8, type, name);
        };
    }

    static Map<String, Object> outputs(MockWorld w, String type, String name, String id, Map<String, Object> inputs) {
        String project = AwsMockOutputs.str(inputs, "project", w.gcpProject());
        return switch (type) {
            case "gcp:container/cluster:Cluster" -> Map.of(
                    "endpoint", clusterEndpoint(id, inputs),
                    "masterAuth", Map.of(
                            "clusterCaCertificate", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1PQ0sKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=",
                            "clientCertificateConfig", Map.of("issueClientCertificate", false)),
                    "selfLink", "https://container.googleapis.com/v1/" + id,
                    "masterVersion", AwsMockOutputs.str(inputs, "minMasterVersion", "1.34.1-gke.1000000"));
            case "gcp:dns/managedZone:ManagedZone" -> {
                int shard = Integer.parseInt(MockWorld.hex(2, id), 16) % 5 + 1;
                yield Map.of("nameServers", List.of(
                        "ns-cloud-a" + shard + ".googledomains.com.", "ns-cloud-b" + shard + ".googledomains.com.",
                        "ns-cloud-c" + shard + ".googledomains.com.", "ns-cloud-d" + shard + ".googledomains.com."),
                        "managedZoneId", Integer.parseInt(MockWorld.hex(7, id), 16));
            }
            case "gcp:serviceaccount/account:Account" -> {
                String email = AwsMockOutputs.str(inputs, "accountId", name) + "@" + project + ".iam.gserviceaccount.com";
                yield Map.of("email", email, "member", "serviceAccount:" + email,
                        "uniqueId", String.valueOf(100000000000000000L + Long.parseLong(MockWorld.hex(12, email), 16)));
            }
            case "gcp:storage/bucket:Bucket" -> Map.of("url", "gs://" + id, "selfLink", "https://www.googleapis.com/storage/v1/b/" + id);
            case "gcp:logging/projectBucketConfig:ProjectBucketConfig" -> Map.of("name", "projects/" + project + "/locations/"
                    + AwsMockOutputs.str(inputs, "location", w.region()) + "/buckets/" + AwsMockOutputs.str(inputs, "bucketId", name));
            case "gcp:logging/projectSink:ProjectSink" -> Map.of("writerIdentity",
                    "serviceAccount:service-" + MockWorld.hex(12, project) + "@gcp-sa-logging.iam.gserviceaccount.com");
            case "gcp:compute/network:Network", "gcp:compute/subnetwork:Subnetwork", "gcp:compute/router:Router" -> Map.of(
                    "selfLink", "https://www.googleapis.com/compute/v1/" + id);
            case "gcp:compute/address:Address" -> Map.of("address", reservedAddress(id, inputs),
                    "selfLink", "https://www.googleapis.com/compute/v1/" + id);
            case "gcp:container/nodePool:NodePool" -> Map.of("instanceGroupUrls", List.of(
                    "https://www.googleapis.com/compute/v1/projects/" + project + "/zones/"
                            + AwsMockOutputs.str(inputs, "location", w.region()) + "/instanceGroupManagers/gke-"
                            + AwsMockOutputs.str(inputs, "name", name) + "-" + MockWorld.hex(8, id) + "-grp"));
            default -> Map.of();
        };
    }

    /**
     * The address GCP reserves: the one asked for, else a public IPv4 address for an external one and
     * a private one for an internal one (the real one comes from the subnetwork's range, which the
     * address's inputs do not carry).
     */
    private static String reservedAddress(String id, Map<String, Object> inputs) {
        if (inputs.get("address") instanceof String asked && !asked.isBlank()) {
            return asked;
        }
        int a = Integer.parseInt(MockWorld.hex(2, id, "a"), 16);
        int b = Integer.parseInt(MockWorld.hex(2, id, "b"), 16) % 250 + 2;
        return "INTERNAL".equals(inputs.get("addressType")) ? "10.255." + a + "." + b : "34.120." + a + "." + b;
    }

    /** A private cluster's endpoint is the second address of its control plane range; else a public IP. */
    private static String clusterEndpoint(String id, Map<String, Object> inputs) {
        if (inputs.get("privateClusterConfig") instanceof Map<?, ?> config
                && Boolean.TRUE.equals(config.get("enablePrivateEndpoint"))
                && config.get("masterIpv4CidrBlock") instanceof String cidr) {
            String[] octets = cidr.substring(0, cidr.indexOf('/')).split("\\.");
            return octets[0] + "." + octets[1] + "." + octets[2] + "." + (Integer.parseInt(octets[3]) + 2);
        }
        return "34.78." + (Integer.parseInt(MockWorld.hex(2, id, "a"), 16) % 250) + "."
                + (Integer.parseInt(MockWorld.hex(2, id, "b"), 16) % 250 + 1);
    }

    static Map<String, Object> invoke(MockWorld w, String token, Map<String, Object> args) {
        String project = AwsMockOutputs.str(args, "project", AwsMockOutputs.str(args, "projectId", w.gcpProject()));
        return switch (token) {
            case "gcp:compute/getZones:getZones" -> Map.of("names", zones(w.region()), "id", w.region());
            case "gcp:organizations/getProject:getProject" -> Map.of("projectId", project, "name", project,
                    "number", projectNumber(project), "id", "projects/" + project);
            case "gcp:storage/getProjectServiceAccount:getProjectServiceAccount" -> {
                String email = "service-" + projectNumber(project) + "@gs-project-accounts.iam.gserviceaccount.com";
                yield Map.of("emailAddress", email, "member", "serviceAccount:" + email, "project", project, "id", email);
            }
            case "gcp:organizations/getClientConfig:getClientConfig" -> Map.of("project", w.gcpProject(), "region", w.region(),
                    "accessToken", "offline-plan-token", "id", "client-config");
            default -> Map.of();
        };
    }

    /** The zones of a region as GCP names them: some regions have no "-a" zone. */
    static List<String> zones(String region) {
        return switch (region) {
            case "europe-west1", "us-east1" -> List.of(region + "-b", region + "-c", region + "-d");
            case "us-central1" -> List.of(region + "-a", region + "-b", region + "-c", region + "-f");
            default -> List.of(region + "-a", region + "-b", region + "-c");
        };
    }

    /** A 12-digit project number derived from the project id, as GCP numbers projects. */
    static String projectNumber(String project) {
        return String.valueOf(100000000000L + Long.parseLong(MockWorld.hex(8, project), 16) % 900000000000L);
    }
}
