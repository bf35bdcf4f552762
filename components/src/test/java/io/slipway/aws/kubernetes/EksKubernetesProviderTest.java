package io.slipway.aws.kubernetes;

import static io.slipway.aws.cluster.AwsClusterFixture.DEV;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.aws.cluster.AwsClusterFixture.FakeFoundation;
import io.slipway.aws.eks.EksCluster;
import io.slipway.aws.eks.EksClusterArgs;
import io.slipway.aws.iam.ClusterRole;
import io.slipway.aws.iam.ClusterRoleArgs;
import io.slipway.offline.OfflineEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class EksKubernetesProviderTest {
    @Test
    void kubeconfigAuthenticatesThroughAwsEksGetToken() throws Exception {
        // GIVEN a cluster's name, endpoint and CA
        // WHEN its kubeconfig is rendered
        String kubeconfig = EksKubeconfig.render("dev-blue", "https://ABC.gr7.eu-west-1.eks.amazonaws.com", "Q0E=", "eu-west-1");

        // THEN it reads as a kubeconfig whose only context points at the cluster with the cluster's CA
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(kubeconfig);
        assertThat(config.get("current-context").asText()).isEqualTo("dev-blue");
        var cluster = config.get("clusters").get(0).get("cluster");
        assertThat(cluster.get("server").asText()).isEqualTo("https://ABC.gr7.eu-west-1.eks.amazonaws.com");
        assertThat(cluster.get("certificate-authority-data").asText()).isEqualTo("Q0E=");
        // AND its user holds no credential but runs `aws eks get-token` for this cluster and region
        var exec = config.get("users").get(0).get("user").get("exec");
        assertThat(exec.get("apiVersion").asText()).isEqualTo("client.authentication.k8s.io/v1beta1");
        assertThat(exec.get("command").asText()).isEqualTo("aws");
        assertThat(exec.get("args")).extracting(JsonNode::asText)
                .containsExactly("eks", "get-token", "--cluster-name", "dev-blue", "--region", "eu-west-1");
        assertThat(config.get("users").get(0).get("user").has("token")).isFalse();
    }

    @Test
    void providerIsBoundToTheClusterThroughASecretKubeconfig() {
        // GIVEN the dev/blue cluster
        var environment = environment(DEV);

        // WHEN its Kubernetes provider is registered
        var result = OfflineEngine.run("dev", MOCKS, ctx -> {
            var foundation = new FakeFoundation();
            var role = new ClusterRole("dev-blue-cluster-role",
                    new ClusterRoleArgs(environment, "blue", Output.of("aws"), foundation.kmsKeyArn()),
                    ComponentResourceOptions.builder().build());
            var cluster = new EksCluster("dev-blue", new EksClusterArgs(environment, "blue",
                    environment.spec().slots().get("blue"), foundation, role, null), ComponentResourceOptions.builder().build());
            new EksKubernetesProvider("dev-blue-kubernetes", new EksKubernetesProviderArgs(cluster, "eu-west-1", List.of()),
                    ComponentResourceOptions.builder().build());
        });

        // THEN one Kubernetes provider exists, its kubeconfig masked as a secret, and it waits for the cluster
        assertThat(result.errors()).isEmpty();
        var provider = result.single("pulumi:providers:kubernetes");
        assertThat(provider.require("kubeconfig")).isEqualTo("[secret]");
        assertThat(provider.dependencies()).contains(result.single("aws:eks/cluster:Cluster").urn());
    }
}
