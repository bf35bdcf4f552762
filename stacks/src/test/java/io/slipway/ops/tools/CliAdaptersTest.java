package io.slipway.ops.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.cloud.GcpSpec;
import io.slipway.ops.ManualClock;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.TestEnvironments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI adapters, driven by a scripted {@link CommandRunner}: what they run and how they read the answers. */
class CliAdaptersTest {
    @TempDir
    Path tempDir;

    private final List<List<String>> commands = new ArrayList<>();

    private CommandRunner scripted(Function<List<String>, String> stdout) {
        return invocation -> {
            commands.add(invocation.command());
            return new CommandRunner.CommandOutput(0, stdout.apply(invocation.command()), "");
        };
    }

    private SlotTarget devBlue() {
        return new SlotTarget("dev", "blue", TestEnvironments.store(TestEnvironments.project(tempDir)).read("dev").spec());
    }

    @Test
    void awsInventoryKeepsOnlyLoadBalancersTaggedForTheCluster() {
        // GIVEN three load balancers: one tagged by the LB controller, one by the in-tree provider, one of another cluster
        CommandRunner runner = scripted(command -> command.get(2).equals("describe-load-balancers")
                ? "{\"LoadBalancers\":[{\"LoadBalancerArn\":\"arn:a\"},{\"LoadBalancerArn\":\"arn:b\"},{\"LoadBalancerArn\":\"arn:c\"}]}"
                : """
                  {"TagDescriptions":[
                    {"ResourceArn":"arn:a","Tags":[{"Key":"elbv2.k8s.aws/cluster","Value":"dev-blue"}]},
                    {"ResourceArn":"arn:b","Tags":[{"Key":"kubernetes.io/cluster/dev-blue","Value":"owned"}]},
                    {"ResourceArn":"arn:c","Tags":[{"Key":"elbv2.k8s.aws/cluster","Value":"dev-green"}]}]}
                  """);

        // WHEN listing what remains for dev-blue
        List<String> remaining = new AwsLoadBalancerInventory(runner).remaining(devBlue());

        // THEN the two tagged for dev-blue, found with the region's describe calls
        assertThat(remaining).containsExactly("arn:a", "arn:b");
        assertThat(commands.get(0)).containsExactly("aws", "elbv2", "describe-load-balancers", "--region", "eu-west-1", "--output", "json");
        assertThat(commands.get(1)).containsSubsequence("describe-tags", "--resource-arns", "arn:a", "arn:b", "arn:c");
    }

    @Test
    void awsInventoryAlsoFindsClassicElbsTheInTreeProviderMade() {
        // GIVEN no ALB/NLB, and two classic ELBs: one of dev-blue, one of another cluster
        CommandRunner runner = scripted(command -> {
            if (command.get(1).equals("elbv2")) {
                return "{\"LoadBalancers\":[]}";
            }
            return command.get(2).equals("describe-load-balancers")
                    ? "{\"LoadBalancerDescriptions\":[{\"LoadBalancerName\":\"a1b2\"},{\"LoadBalancerName\":\"c3d4\"}]}"
                    : """
                      {"TagDescriptions":[
                        {"LoadBalancerName":"a1b2","Tags":[{"Key":"kubernetes.io/cluster/dev-blue","Value":"owned"}]},
                        {"LoadBalancerName":"c3d4","Tags":[{"Key":"kubernetes.io/cluster/dev-green","Value":"owned"}]}]}
                      """;
        });

        // WHEN listing what remains for dev-blue
        List<String> remaining = new AwsLoadBalancerInventory(runner).remaining(devBlue());

        // THEN dev-blue's classic ELB remains, found through the classic API's names
        assertThat(remaining).containsExactly("a1b2");
        assertThat(commands).anySatisfy(c -> assertThat(c).containsExactly(
                "aws", "elb", "describe-load-balancers", "--region", "eu-west-1", "--output", "json"));
        assertThat(commands).anySatisfy(c -> assertThat(c).containsSubsequence("elb", "describe-tags", "--load-balancer-names", "a1b2", "c3d4"));
    }

    @Test
    void gcpInventoryKeepsForwardingRulesThatMentionTheCluster() {
        // GIVEN forwarding rules of two clusters
        CommandRunner runner = scripted(command -> """
                [{"name":"k8s2-fr-dev-blue-traefik","description":""},
                 {"name":"a123","description":"{\\"kubernetes.io/service-name\\":\\"ingress/traefik\\",\\"cluster\\":\\"dev-blue\\"}"},
                 {"name":"k8s2-fr-dev-green-traefik","description":""}]
                """);
        EnvironmentSpec aws = devBlue().spec();
        EnvironmentSpec gcp = new EnvironmentSpec(Cloud.GCP, aws.tier(), "europe-west1", aws.domain(), aws.network(), aws.apiAccess(),
                aws.tags(), aws.slots(), aws.dns(), aws.addons(), null,
                new GcpSpec("acme-dev", null, null, null, null, null, null, null, null, null, null, null), null, null, null, null, null, null);

        // WHEN listing  THEN only dev-blue's remain, looked up in the environment's project
        assertThat(new GcpLoadBalancerInventory(runner).remaining(new SlotTarget("dev", "blue", gcp)))
                .containsExactly("k8s2-fr-dev-blue-traefik", "a123");
        assertThat(commands.get(0)).contains("--project=acme-dev");
    }

    @Test
    void kubectlDeletesLoadBalancerServicesAndIngressesOnly() {
        // GIVEN a LoadBalancer Service, a ClusterIP Service and an Ingress
        CommandRunner runner = scripted(command -> {
            if (command.contains("services")) {
                return """
                       {"items":[
                         {"metadata":{"namespace":"ingress","name":"traefik"},"spec":{"type":"LoadBalancer"}},
                         {"metadata":{"namespace":"default","name":"kubernetes"},"spec":{"type":"ClusterIP"}}]}
                       """;
            }
            if (command.contains("ingresses")) {
                return "{\"items\":[{\"metadata\":{\"namespace\":\"shop\",\"name\":\"web\"}}]}";
            }
            return "";
        });

        // WHEN deleting the load-balancer owners of dev-blue
        List<String> deleted = new KubectlClusterWorkloads(runner).deleteLoadBalancerOwners(devBlue());

        // THEN the kubeconfig comes from the EKS cluster, and only the LB Service and the Ingress are deleted
        assertThat(deleted).containsExactly("ingress/service/traefik", "shop/ingress/web");
        assertThat(commands.get(0)).containsSubsequence("aws", "eks", "update-kubeconfig", "--name", "dev-blue", "--region", "eu-west-1");
        assertThat(commands).filteredOn(c -> c.contains("delete")).extracting(c -> c.get(3)).containsExactly("traefik", "web");
    }

    @Test
    void aFailingCliIsReportedWithItsErrorOutput() {
        // GIVEN aws exiting non-zero  WHEN listing  THEN the failure names the command and its error
        CommandRunner failing = invocation -> new CommandRunner.CommandOutput(255, "", "Unable to locate credentials");
        assertThatThrownBy(() -> new AwsLoadBalancerInventory(failing).remaining(devBlue()))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("aws elbv2 describe-load-balancers").hasMessageContaining("Unable to locate credentials");
    }

    @Test
    void veleroBackupsFailUnlessTheyCompleted() {
        // GIVEN velero reporting the backup PartiallyFailed after --wait
        CommandRunner runner = scripted(command -> command.contains("get") ? "{\"status\":{\"phase\":\"PartiallyFailed\"}}" : "");

        // WHEN backing up  THEN it fails, pointing at velero's describe
        assertThatThrownBy(() -> new VeleroBackups(runner, new ManualClock(TestEnvironments.T0), duration -> { }).backup(devBlue(), "drill-1"))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("PartiallyFailed").hasMessageContaining("velero backup describe drill-1");
        assertThat(commands).anySatisfy(c -> assertThat(c).containsExactly("velero", "backup", "create", "drill-1", "--snapshot-volumes", "--wait"));
    }
}
