package io.slipway.ops.teardown;

import static io.slipway.ops.StackFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.Tier;
import io.slipway.model.cloud.GcpSpec;
import io.slipway.ops.Confirmer;
import io.slipway.ops.FakeCloud;
import io.slipway.ops.FakeDeployer;
import io.slipway.ops.FakeSleeper;
import io.slipway.ops.FakeSmokeChecks;
import io.slipway.ops.Journal;
import io.slipway.ops.ManualClock;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.RefusedException;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.StackFixture;
import io.slipway.ops.TestEnvironments;
import io.slipway.ops.config.EnvironmentConfigStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentDestroyerTest {
    private static final String LB = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/k8s-ingress/abc";

    @TempDir
    Path tempDir;

    private final Journal journal = new Journal();
    private final ManualClock clock = new ManualClock(TestEnvironments.T0);
    private final FakeSleeper sleeper = new FakeSleeper(clock, journal);
    private final FakeCloud cloud = new FakeCloud(journal);
    private final StringWriter output = new StringWriter();
    private FakeDeployer deployer;
    private EnvironmentConfigStore store;

    @BeforeEach
    void setUp() {
        store = TestEnvironments.store(TestEnvironments.project(tempDir));
        deployer = new FakeDeployer(journal, store).withResources(StackFixture.devWithBlue());
    }

    private EnvironmentDestroyer destroyer() {
        var out = new PrintWriter(output, true);
        var teardown = new SlotTeardown(deployer, cloud, cloud, clock, sleeper, Duration.ofMinutes(10), out);
        return new EnvironmentDestroyer(store, deployer, teardown, cloud, new FakeSmokeChecks(journal), Confirmer.alwaysYes(), out);
    }

    @Test
    void loadBalancersAreRemovedAndConfirmedGoneBeforeTheRestIsDestroyed() {
        // GIVEN blue's NLB still listed twice after its Service is deleted
        cloud.loadBalancersListed(List.of(List.of(LB), List.of(LB), List.of()));

        // WHEN destroying dev
        destroyer().destroy("dev", Set.of());

        // THEN the ingress release goes first, then the remaining LB owners, then the cloud is polled until empty, then the
        // volume claims go and their volumes are confirmed deleted
        List<String> steps = journal.entries.stream().filter(e -> !e.startsWith("resources") && !e.startsWith("outputs")).toList();
        assertThat(steps).containsExactly(
                "probe API dev-blue reachable",
                "destroy dev [" + INGRESS + "]",
                "kubectl delete load-balancer owners dev-blue",
                "list load balancers dev-blue [" + LB + "]",
                "sleep 15s",
                "list load balancers dev-blue [" + LB + "]",
                "sleep 15s",
                "list load balancers dev-blue []",
                "kubectl delete volume claims dev-blue",
                "list volumes dev-blue []",
                "destroy dev [" + VPC + ", " + SLOT + ", " + CLUSTER + ", " + K8S_PROVIDER + ", " + INGRESS + ", " + MONITORING + "]");
        // AND no destroy call ever targeted the protected foundation
        assertThat(deployer.destroyed).allSatisfy(targets -> assertThat(targets).doesNotContain(ZONE, KMS_KEY, BACKUPS_BUCKET));
        assertThat(output.toString()).contains("Kept: the protected foundation, whole").contains("aws:route53/zone:Zone dev-zone (protected)");
    }

    @Test
    void aLoadBalancerThatNeverGoesStopsTheDestroyBeforeTheNetwork() {
        // GIVEN an NLB the cloud keeps listing
        cloud.loadBalancersListed(List.of(List.of(LB)));

        // WHEN destroying dev  THEN it times out naming the load balancer, and only the ingress release was destroyed
        assertThatThrownBy(() -> destroyer().destroy("dev", Set.of()))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("timed out after 10m").hasMessageContaining(LB);
        assertThat(deployer.destroyed).containsExactly(List.of(INGRESS));
        assertThat(clock.instant()).isEqualTo(TestEnvironments.T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void prodIsRefusedWithoutTheExplicitFlag() {
        // GIVEN prod  WHEN destroying without --allow-prod  THEN refused before the stack is even read
        assertThatThrownBy(() -> destroyer().destroy("prod", Set.of()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("--allow-prod");
        assertThat(journal.entries).isEmpty();
    }

    @Test
    void stagingIsProtectedTooAndAllowingStagingDoesNotAllowProd() {
        // GIVEN staging and prod  WHEN destroying staging without naming its tier, or prod with only staging named
        // THEN both are refused, naming the flag, before the stack is read
        assertThatThrownBy(() -> destroyer().destroy("staging", Set.of()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("--allow-tier staging");
        assertThatThrownBy(() -> destroyer().destroy("prod", Set.of(Tier.STAGING)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("--allow-tier prod");
        assertThat(journal.entries).isEmpty();
    }

    @Test
    void anUnreachableClusterIsDestroyedWithItsLoadBalancersDeletedCloudSide() {
        // GIVEN blue's API does not answer and its NLB is still listed
        cloud.apiReachable = false;
        cloud.loadBalancersListed(List.of(List.of(LB), List.of()));

        // WHEN destroying dev
        destroyer().destroy("dev", Set.of());

        // THEN no kubectl clean-up and no release uninstall first: the NLB is deleted cloud-side, then the rest goes
        assertThat(journal.entries).noneMatch(e -> e.startsWith("kubectl"));
        assertThat(journal.indexOf("delete load balancers [" + LB + "]")).isLessThan(journal.indexOf("destroy dev"));
        assertThat(deployer.destroyed).hasSize(1);
        assertThat(output.toString()).contains("The API of dev-blue cannot be reached");
        // AND the operator is told how to find the disks its claims leave behind, by the tags the StorageClass gave them
        assertThat(output.toString()).contains("Its volumes cannot be released either; after the destroy, list the disks left behind"
                + " with: aws ec2 describe-volumes --region eu-west-1 --filters Name=tag:slipway:environment,Values=dev"
                + " Name=tag:slipway:slot,Values=blue");
    }

    @Test
    void theDisksAGkeSlotLeavesAreListedByTheirLabels() {
        // GIVEN a GCP environment's slot
        EnvironmentSpec aws = store.read("dev").spec();
        EnvironmentSpec gcp = new EnvironmentSpec(Cloud.GCP, aws.tier(), "europe-west1", aws.domain(), aws.network(), aws.apiAccess(),
                aws.tags(), aws.slots(), aws.dns(), aws.addons(), null,
                new GcpSpec("acme-dev", null, null, null, null, null, null, null, null, null, null, null), null, null, null, null, null, null);

        // WHEN its leftover disks are to be found THEN gcloud lists them by the labels the StorageClass gave them
        assertThat(SlotTeardown.leftoverDisksCommand(new SlotTarget("dev", "blue", gcp))).isEqualTo("gcloud compute disks list"
                + " --project acme-dev --filter=\"labels.slipway-environment=dev AND labels.slipway-slot=blue\"");
    }

    @Test
    void aVolumeThatNeverGoesStopsTheDestroyBeforeTheCluster() {
        // GIVEN the load balancer is gone but Prometheus's volume stays listed after its claim is deleted
        cloud.loadBalancersListed(List.of(List.of()));
        cloud.volumesListed(List.of(List.of("pvc-prometheus")));

        // WHEN destroying dev  THEN it times out naming the volume, and only the ingress release was destroyed
        assertThatThrownBy(() -> destroyer().destroy("dev", Set.of()))
                .isInstanceOf(OperationFailedException.class)
                .hasMessage("timed out after 10m waiting for the volumes of dev-blue to be deleted: [pvc-prometheus]. The cluster is"
                        + " untouched; see what holds them with kubectl get pvc,pods --all-namespaces, then run the command again.");
        assertThat(deployer.destroyed).containsExactly(List.of(INGRESS));
    }

    @Test
    void prodIsDestroyedWithTheExplicitFlag() {
        // GIVEN prod and the flag  WHEN destroying  THEN the destroy runs
        destroyer().destroy("prod", Set.of(Tier.PROD));
        assertThat(deployer.destroyed).isNotEmpty();
    }

    @Test
    void aStateWithOnlyTheFoundationLeftHasNothingToDestroy() {
        // GIVEN a state already destroyed down to the foundation
        deployer.withResources(StackFixture.devWithBlue().stream()
                .filter(r -> List.of(STACK, AWS_PROVIDER, FOUNDATION, ZONE, KMS_KEY, BACKUPS_BUCKET).contains(r.urn())).toList());

        // WHEN destroying again  THEN nothing is destroyed
        destroyer().destroy("dev", Set.of());
        assertThat(deployer.destroyed).isEmpty();
        assertThat(output.toString()).contains("Nothing to destroy");
    }

    @Test
    void recreateAppliesTheCommittedConfigThenChecksEverySlot() {
        // GIVEN a destroyed dev  WHEN recreating it
        boolean passed = destroyer().recreate("dev");

        // THEN it refreshed the state, applied, then checked blue
        assertThat(passed).isTrue();
        assertThat(journal.indexOf("refresh dev")).isLessThan(journal.indexOf("up dev"));
        assertThat(journal.indexOf("up dev")).isLessThan(journal.indexOf("checks dev-blue"));
    }
}
