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
            case "gcp:container/cluster:Cluster" -> "projects/" + project + "/locations/"
                    + AwsMockOutputs.str(inputs, "location", w.region()) + "/clusters/" + resourceName;
            case "gcp:dns/managedZone:ManagedZone" -> "projects/" + project + "/managedZones/" + resourceName;
            case "gcp:storage/bucket:Bucket" -> resourceName;
            case "gcp:kms/keyRing:KeyRing" -> "projects/" + project + "/locations/" + AwsMockOutputs.str(inputs, "location", w.region())
                    + "/keyRings/" + resourceName;
            case "gcp:kms/cryptoKey:CryptoKey" -> AwsMockOutputs.str(inputs, "keyRing", "keyRing") + "/cryptoKeys/" + resourceName;
            case "gcp:serviceaccount/account:Account" -> "projects/" + project + "/serviceAccounts/"
                    + AwsMockOutputs.str(inputs, "accountId", name) + "@" + project + ".iam.gserviceaccount.com";
            default -> name + "-" + MockWorld.hex(8, type, name);
        };
    }

    static Map<String, Object> outputs(MockWorld w, String type, String name, String id, Map<String, Object> inputs) {
        String project = AwsMockOutputs.str(inputs, "project", w.gcpProject());
        return switch (type) {
            case "gcp:container/cluster:Cluster" -> Map.of(
                    "endpoint", "34.78." + (Integer.parseInt(MockWorld.hex(2, id, "a"), 16) % 250) + "." + (Integer.parseInt(MockWorld.hex(2, id, "b"), 16) % 250 + 1),
                    "masterAuth", Map.of("clusterCaCertificate", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1PQ0sKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo="),
                    "selfLink", "https://container.googleapis.com/v1/" + id,
                    "masterVersion", AwsMockOutputs.str(inputs, "minMasterVersion", "1.34.1-gke.1000000"));
            case "gcp:dns/managedZone:ManagedZone" -> {
                int shard = Integer.parseInt(MockWorld.hex(2, id), 16) % 5 + 1;
                yield Map.of("nameServers", List.of(
                        "ns-cloud-a" + shard + ".googledomains.com.", "ns-cloud-b" + shard + ".googledomains.com.",
                        "ns-cloud-c" + shard + ".googledomains.com.", "ns-cloud-d" + shard + ".googledomains.com."),
                        "managedZoneId", (long) Integer.parseInt(MockWorld.hex(7, id), 16));
            }
            case "gcp:serviceaccount/account:Account" -> {
                String email = AwsMockOutputs.str(inputs, "accountId", name) + "@" + project + ".iam.gserviceaccount.com";
                yield Map.of("email", email, "member", "serviceAccount:" + email,
                        "uniqueId", String.valueOf(100000000000000000L + Long.parseLong(MockWorld.hex(12, email), 16)));
            }
            case "gcp:storage/bucket:Bucket" -> Map.of("url", "gs://" + id, "selfLink", "https://www.googleapis.com/storage/v1/b/" + id);
            case "gcp:compute/network:Network", "gcp:compute/subnetwork:Subnetwork", "gcp:compute/router:Router" -> Map.of(
                    "selfLink", "https://www.googleapis.com/compute/v1/" + id);
            default -> Map.of();
        };
    }

    static Map<String, Object> invoke(MockWorld w, String token, Map<String, Object> args) {
        return switch (token) {
            case "gcp:compute/getZones:getZones" -> Map.of("names",
                    List.of(w.region() + "-a", w.region() + "-b", w.region() + "-c"), "id", w.region());
            case "gcp:organizations/getProject:getProject" -> Map.of("projectId", w.gcpProject(), "name", w.gcpProject(),
                    "number", String.valueOf(100000000000L + Long.parseLong(MockWorld.hex(8, w.gcpProject()), 16) % 900000000000L),
                    "id", "projects/" + w.gcpProject());
            case "gcp:organizations/getClientConfig:getClientConfig" -> Map.of("project", w.gcpProject(), "region", w.region(),
                    "accessToken", "offline-plan-token", "id", "client-config");
            default -> Map.of();
        };
    }
}
