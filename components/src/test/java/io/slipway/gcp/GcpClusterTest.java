package io.slipway.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gcp.kubernetes.LabelledStorageClass;
import io.slipway.offline.OfflineResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GcpClusterTest {
    private static JsonNode kubeconfig(OfflineResult result, String name) throws Exception {
        var provider = result.named("pulumi:providers:kubernetes", name);
        return new ObjectMapper().readTree((String) provider.require("kubeconfig"));
    }

    @Test
    void kubernetesProviderAuthenticatesThroughTheGkeAuthPlugin() throws Exception {
        // GIVEN the base environment (private endpoint) WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec()).result();

        // THEN the slot's provider kubeconfig execs gke-gcloud-auth-plugin and holds no credential
        var config = kubeconfig(result, "dev-blue");
        var exec = config.at("/users/0/user/exec");
        assertThat(exec.path("command").asText()).isEqualTo("gke-gcloud-auth-plugin");
        assertThat(exec.path("apiVersion").asText()).isEqualTo("client.authentication.k8s.io/v1beta1");
        assertThat(config.at("/users/0/user").has("token")).isFalse();
        assertThat(config.at("/users/0/user").has("client-key-data")).isFalse();
        // AND it points at the cluster's private endpoint with the cluster's CA
        assertThat(config.at("/clusters/0/cluster/server").asText()).isEqualTo("https://172.16.0.2");
        assertThat(config.at("/clusters/0/cluster/certificate-authority-data").asText()).startsWith("LS0tLS1CRUdJTi");
        assertThat(config.path("current-context").asText()).isEqualTo("dev-blue");
    }

    @Test
    void publicEndpointClusterIsReachedOnItsPublicAddress() throws Exception {
        // GIVEN authorized public CIDRs WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec(tree -> tree.putObject("apiAccess").putArray("publicCidrs")
                .add("203.0.113.0/24"))).result();

        // THEN the kubeconfig uses the public endpoint
        assertThat(kubeconfig(result, "dev-blue").at("/clusters/0/cluster/server").asText()).matches("https://34\\.78\\.\\d+\\.\\d+");
    }

    @Test
    void handleCarriesWorkloadIdentityAndEveryNodePool() {
        // GIVEN the base environment WHEN planned
        var planned = GcpTestbed.plan(GcpTestbed.spec());

        // THEN add-ons get the project and Workload Identity pool, and wait for all five GKE pools
        var handle = planned.handles().get("blue");
        assertThat(handle.clusterName()).isEqualTo("dev-blue");
        assertThat(handle.aws()).isEmpty();
        assertThat(handle.gcp()).hasValueSatisfying(identity -> {
            assertThat(identity.project()).isEqualTo("acme-platform-dev");
            assertThat(identity.workloadPool()).isEqualTo("acme-platform-dev.svc.id.goog");
        });
        assertThat(handle.nodePools()).hasSize(5);
        // AND for the labelled default StorageClass
        assertThat(handle.clusterServices()).singleElement().isInstanceOf(LabelledStorageClass.class);
        assertThat(handle.readiness()).hasSize(7);
    }

    @Test
    void theDefaultStorageClassLabelsEveryDiskWithTheSlotsCostLabels() {
        // GIVEN the base environment WHEN planned
        var planned = GcpTestbed.plan(GcpTestbed.spec());

        // THEN the slot has a default class of pd-balanced disks through GKE's PD CSI driver
        var storageClass = planned.result().single("kubernetes:storage.k8s.io/v1:StorageClass");
        assertThat(storageClass.require("metadata.name")).isEqualTo("pd-balanced-labelled");
        assertThat(storageClass.require("metadata.annotations")).isEqualTo(Map.of("storageclass.kubernetes.io/is-default-class", "true"));
        assertThat(storageClass.require("provisioner")).isEqualTo("pd.csi.storage.gke.io");
        assertThat(storageClass.require("volumeBindingMode")).isEqualTo("WaitForFirstConsumer");
        assertThat(storageClass.require("reclaimPolicy")).isEqualTo("Delete");
        // AND every disk it provisions carries the environment's and Slipway's labels, in the driver's k=v,k=v form
        assertThat(storageClass.require("parameters")).isEqualTo(Map.of("type", "pd-balanced", "labels",
                "cost-center=4200,slipway-component=volume,slipway-environment=dev,slipway-slot=blue,team=platform"));
        // AND it waits for the cluster
        assertThat(storageClass.dependencies()).isNotEmpty();
    }

    @Test
    void twoSlotsGetSeparateClustersOnOneFoundation() {
        // GIVEN a blue and a green slot
        var spec = GcpTestbed.spec(tree -> {
            var slots = (ObjectNode) tree.get("slots");
            ((ObjectNode) slots.get("blue")).put("weight", 80);
            slots.set("green", slots.get("blue").deepCopy());
            ((ObjectNode) slots.get("green")).put("weight", 20).put("kubernetesVersion", "1.35");
        });

        // WHEN planned
        var planned = GcpTestbed.plan(spec);

        // THEN each slot has its own cluster, node account and provider, and the foundation exists once
        assertThat(planned.errors()).isEmpty();
        var result = planned.result();
        assertThat(result.ofType("gcp:container/cluster:Cluster")).extracting(c -> c.require("name"))
                .containsExactlyInAnyOrder("dev-blue", "dev-green");
        assertThat(result.named("gcp:container/cluster:Cluster", "dev-green").require("minMasterVersion")).isEqualTo("1.35");
        assertThat(result.ofType("gcp:serviceaccount/account:Account")).extracting(a -> a.require("accountId"))
                .containsExactlyInAnyOrder("dev-blue-nodes", "dev-green-nodes");
        assertThat(result.ofType("pulumi:providers:kubernetes")).hasSize(2);
        assertThat(result.ofType(GcpFoundation.TYPE)).hasSize(1);
        assertThat(result.ofType("gcp:container/nodePool:NodePool")).hasSize(10);
    }
}
