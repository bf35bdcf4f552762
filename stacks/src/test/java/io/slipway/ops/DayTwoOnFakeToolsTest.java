package io.slipway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.EnvironmentSpec;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.pulumi.PulumiCli;
import io.slipway.ops.upgrade.UpgradeDriver;
import io.slipway.ops.upgrade.UpgradePhase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day-2 commands through the REAL adapters (PulumiCliDeployer, kubectl, aws, helm, velero) on
 * recording fake executables first on the PATH (src/test/resources/fake-tools, written from the
 * documented formats of pulumi v3.140, kubectl 1.3x, AWS CLI v2, helm 3 and velero 1.16).
 */
class DayTwoOnFakeToolsTest {
    private static final PulumiCli.Timeouts QUICK = new PulumiCli.Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(20));
    private static final Set<String> STATE_CHANGING = Set.of("preview", "up", "refresh", "destroy");

    @TempDir
    Path tempDir;

    private final ManualClock clock = new ManualClock(TestEnvironments.T0);
    private final Journal journal = new Journal();
    private final StringWriter output = new StringWriter();
    private Path project;
    private FakeTools tools;

    @BeforeEach
    void setUp() {
        project = TestEnvironments.project(tempDir.resolve("project"));
        tools = new FakeTools(tempDir, "dev", "staging", "prod");
    }

    private Ops ops(PulumiCli.Timeouts timeouts, FakeTools on) {
        return Ops.onTools(project, on.runner(), timeouts, uri -> 200, TestEnvironments.LOCK, clock, new FakeSleeper(clock, journal),
                Confirmer.alwaysYes(), new PrintWriter(output, true));
    }

    private Ops ops() {
        return ops(QUICK, tools);
    }

    private EnvironmentSpec config() {
        return TestEnvironments.store(project).read("dev").spec();
    }

    private List<List<String>> pulumiCalls() {
        return tools.calls().stream().filter(call -> call.get(0).equals("pulumi")).toList();
    }

    /** dev with blue deployed, as `slipway recreate dev` leaves it. */
    private void deployBlue() {
        assertThat(ops().destroyer(true, new PrintWriter(output, true)).recreate("dev")).isTrue();
    }

    private List<Runnable> wholeUpgrade() {
        return List.of(
                () -> upgrade().start("dev", "1.35"),
                () -> {
                    clock.advance(Duration.ofMinutes(5));
                    if (!upgrade().verify("dev")) {
                        throw new OperationFailedException("verify failed");
                    }
                },
                () -> upgrade().shiftInSteps("dev", List.of(10, 50, 100), Duration.ofMinutes(10)),
                () -> {
                    clock.advance(Duration.ofMinutes(30));
                    upgrade().finish("dev", Duration.ofMinutes(30));
                });
    }

    private UpgradeDriver upgrade() {
        return ops().upgrade(true, new PrintWriter(output, true));
    }

    private void assertEveryStateCallNamesTheStackAndNoneDecryptsSecrets() {
        assertThat(pulumiCalls()).allSatisfy(call -> {
            assertThat(call).doesNotContain("--show-secrets");
            if (STATE_CHANGING.contains(call.get(1)) || call.get(1).equals("stack") && !call.get(2).equals("ls")) {
                assertThat(call).containsSubsequence("--stack", "dev");
            }
        });
    }

    @Test
    void aWholeBlueGreenUpgradeRunsThroughTheCli() {
        // GIVEN dev with blue deployed
        deployBlue();

        // WHEN the whole upgrade runs
        wholeUpgrade().forEach(Runnable::run);

        // THEN the file and the deployed state hold green alone, and every state call named dev
        assertThat(config().slots().keySet()).containsExactly("green");
        assertThat(config().upgrade()).isNull();
        assertThat(String.join("\n", tools.lines("resources.jsonl"))).contains("ClusterSlot::dev-green").doesNotContain("dev-blue");
        assertThat(pulumiCalls()).filteredOn(call -> call.get(1).equals("up")).hasSize(6);
        assertEveryStateCallNamesTheStackAndNoneDecryptsSecrets();
        // AND the CLI's progress reached the operator
        assertThat(output.toString()).contains("    Resources:").contains("creating (312s)");
    }

    /** What one step of the clean run started from and ended in. */
    private record Checkpoint(Path before, Instant clockBefore, int calls, Set<String> slotsAfter, UpgradePhase phaseAfter,
                              Set<String> stateAfter) {}

    private Path snapshot(Path into) throws Exception {
        Files.createDirectories(into);
        Files.copy(TestEnvironments.store(project).file("dev"), into.resolve("Pulumi.dev.yaml"), StandardCopyOption.REPLACE_EXISTING);
        for (String file : List.of("resources.jsonl", "slot-blue", "slot-green", "velero-unsynced")) {
            if (Files.exists(tools.state.resolve(file))) {
                Files.copy(tools.state.resolve(file), into.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return into;
    }

    private void restore(Path from, Path run) throws Exception {
        project = TestEnvironments.project(run.resolve("project"));
        Files.copy(from.resolve("Pulumi.dev.yaml"), TestEnvironments.store(project).file("dev"), StandardCopyOption.REPLACE_EXISTING);
        tools = new FakeTools(run, "dev");
        try (var files = Files.list(from)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".yaml")).toList()) {
                Files.copy(file, tools.state.resolve(file.getFileName()));
            }
        }
    }

    private Set<String> deployedState() {
        return new TreeSet<>(tools.lines("resources.jsonl"));
    }

    @Test
    void anUpgradeInterruptedAtAnyCallFinishesWhenTheCommandRunsAgain() throws Exception {
        // GIVEN a clean upgrade of a deployed dev, checkpointed before and after each command
        deployBlue();
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<Runnable> steps = wholeUpgrade();
        for (int step = 0; step < steps.size(); step++) {
            Path before = snapshot(tempDir.resolve("before-" + step));
            Instant clockBefore = clock.instant();
            int calls = tools.callCount();
            steps.get(step).run();
            checkpoints.add(new Checkpoint(before, clockBefore, tools.callCount() - calls, config().slots().keySet(),
                    UpgradePhase.of(config()), deployedState()));
        }
        assertThat(checkpoints).extracting(Checkpoint::calls).allSatisfy(calls -> assertThat(calls).isPositive());

        // WHEN each call of each command fails once, and the operator runs the failed command again
        for (int step = 0; step < steps.size(); step++) {
            Checkpoint checkpoint = checkpoints.get(step);
            for (int failing = 1; failing <= checkpoint.calls(); failing++) {
                restore(checkpoint.before(), tempDir.resolve("run-" + step + "-" + failing));
                clock.set(checkpoint.clockBefore());
                tools.write("fail-at", String.valueOf(failing));
                try {
                    steps.get(step).run();
                } catch (OperationFailedException interrupted) {
                    steps.get(step).run();
                }

                // THEN the command ends where the clean run did: same slots and phase in the file, same deployed state
                String at = "step " + (step + 1) + ", failure at its call " + failing;
                assertThat(config().slots().keySet()).as(at).isEqualTo(checkpoint.slotsAfter());
                assertThat(UpgradePhase.of(config())).as(at).isEqualTo(checkpoint.phaseAfter());
                assertThat(deployedState()).as(at).isEqualTo(checkpoint.stateAfter());
                assertEveryStateCallNamesTheStackAndNoneDecryptsSecrets();
            }
        }
        assertThat(checkpoints.get(steps.size() - 1).slotsAfter()).containsExactly("green");
    }

    @Test
    void aRollbackInterruptedDuringItsDnsWaitWaitsAgainBeforeRemovingTheNewSlot() {
        // GIVEN green verified and carrying half the traffic
        deployBlue();
        EnvironmentSpec before = config();
        upgrade().start("dev", "1.35");
        clock.advance(Duration.ofMinutes(5));
        assertThat(upgrade().verify("dev")).isTrue();
        upgrade().shift("dev", 50);

        // WHEN the rollback is interrupted (Ctrl-C) while it waits out the DNS TTL
        Sleeper interrupted = duration -> {
            throw new OperationFailedException("interrupted while waiting; re-run the command to resume");
        };
        Ops interruptedOps = Ops.onTools(project, tools.runner(), QUICK, uri -> 200, TestEnvironments.LOCK, clock, interrupted,
                Confirmer.alwaysYes(), new PrintWriter(output, true));
        assertThatThrownBy(() -> interruptedOps.upgrade(true, new PrintWriter(output, true)).rollback("dev"))
                .isInstanceOf(OperationFailedException.class);

        // THEN the file records that traffic went back, and green is still deployed
        assertThat(config().upgrade().trafficReturnedAt()).isEqualTo(clock.instant().toString());
        assertThat(String.join("\n", tools.lines("resources.jsonl"))).contains("ClusterSlot::dev-green");

        // AND WHEN it runs again  THEN it re-applies the traffic step, waits the whole TTL, then removes green
        int ups = (int) pulumiCalls().stream().filter(call -> call.get(1).equals("up")).count();
        upgrade().rollback("dev");
        assertThat(journal.entries).containsExactly("sleep 1m");
        assertThat(pulumiCalls().stream().filter(call -> call.get(1).equals("up")).count()).isEqualTo(ups + 2);
        assertThat(config()).isEqualTo(before);
        assertThat(String.join("\n", tools.lines("resources.jsonl"))).doesNotContain("ClusterSlot::dev-green");
        assertEveryStateCallNamesTheStackAndNoneDecryptsSecrets();
    }

    @Test
    void destroyKeepsTheProtectedFoundationWholeAndTakesTheLoadBalancerFirst() {
        // GIVEN dev with blue deployed and its ingress NLB
        deployBlue();
        tools.write("lbs", "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/k8s-ingress/abc dev-blue\n");

        // WHEN destroying dev
        ops().destroyer(true, new PrintWriter(output, true)).destroy("dev", Set.of());

        // THEN the ingress release went first, then the rest; no destroy ever targeted the foundation's protected units
        List<List<String>> destroys = pulumiCalls().stream().filter(call -> call.get(1).equals("destroy")).toList();
        assertThat(destroys).hasSize(2);
        assertThat(destroys.get(0)).containsSubsequence("--target",
                "urn:pulumi:dev::slipway::slipway:platform:ClusterSlot$kubernetes:helm.sh/v3:Release::dev-blue-ingress");
        Predicate<String> foundationUnit = arg -> arg.contains("EnvironmentKey") || arg.contains("SecureBucket") || arg.contains("HostedZone");
        assertThat(destroys).allSatisfy(call -> assertThat(call).noneMatch(foundationUnit));
        // AND what is left is exactly the protected units with their configuration
        String left = String.join("\n", tools.lines("resources.jsonl"));
        assertThat(left).contains("kms/alias:Alias", "BucketVersioningV2", "BucketPublicAccessBlock", "BucketPolicy",
                "BucketServerSideEncryptionConfigurationV2", "BucketLifecycleConfigurationV2", "BucketOwnershipControls", "route53/zone:Zone")
                .doesNotContain("ClusterSlot", "ec2/vpc:Vpc");
        assertThat(tools.lines("lbs")).isEmpty();
        assertThat(output.toString()).contains("Kept: the protected foundation, whole")
                .contains("slipway:aws:SecureBucket dev-backups: 8 resource(s)")
                .contains("slipway:aws:Network dev: 3 resource(s)");
        assertEveryStateCallNamesTheStackAndNoneDecryptsSecrets();
    }

    /** Prometheus's claim (its volume deleted with it) and a team's whose volume is kept, with the pods mounting them. */
    private static final String CLAIMS = """
            monitoring prometheus-db-prometheus-0 pvc-1111 Delete prometheus-0
            shop data-db-0 pvc-2222 Retain db-0
            """;

    private List<List<String>> kubectlCalls(int from) {
        List<List<String>> calls = tools.calls();
        return calls.subList(from, calls.size()).stream().filter(call -> call.get(0).equals("kubectl")).toList();
    }

    @Test
    void destroyDeletesEveryVolumeClaimAndWaitsForTheirDisksBeforeTheCluster() {
        // GIVEN dev with blue deployed, a Prometheus claim whose volume is deleted with it and a team claim kept by Retain
        deployBlue();
        tools.write("claims", CLAIMS);
        int start = tools.callCount();

        // WHEN destroying dev
        ops().destroyer(true, new PrintWriter(output, true)).destroy("dev", Set.of());

        // THEN both claims and the pods mounting them were deleted without waiting on each, the other pods left alone
        List<List<String>> kubectl = kubectlCalls(start);
        assertThat(kubectl).filteredOn(call -> call.get(1).equals("delete") && !call.get(2).equals("service"))
                .extracting(call -> String.join(" ", call.subList(2, 8))).containsExactly(
                        "persistentvolumeclaim prometheus-db-prometheus-0 --namespace monitoring --wait=false --ignore-not-found",
                        "persistentvolumeclaim data-db-0 --namespace shop --wait=false --ignore-not-found",
                        "pod prometheus-0 --namespace monitoring --wait=false --ignore-not-found",
                        "pod db-0 --namespace shop --wait=false --ignore-not-found");
        // AND the cluster was destroyed only once kubectl no longer listed the deleted volume, after a poll that still did
        List<List<String>> calls = tools.calls();
        int lastVolumeList = IntStream.range(0, calls.size()).filter(i -> calls.get(i).containsAll(List.of("kubectl", "persistentvolumes")))
                .max().orElseThrow();
        // (the first destroy takes the ingress release, the second the rest, the cluster with it)
        int clusterDestroy = IntStream.range(0, calls.size()).filter(i -> calls.get(i).containsAll(List.of("pulumi", "destroy")))
                .skip(1).findFirst().orElseThrow();
        assertThat(lastVolumeList).isLessThan(clusterDestroy);
        assertThat(journal.entries).contains("sleep 15s");
        assertThat(output.toString())
                .contains("Deleted from dev-blue, with the pods that mounted them: monitoring/persistentvolumeclaim/prometheus-db-prometheus-0,"
                        + " shop/persistentvolumeclaim/data-db-0")
                .contains("Kept by their reclaim policy Retain (delete their disks when no longer needed): [pvc-2222]")
                .contains("Waiting for 1 volume(s) of dev-blue to go: [pvc-1111]")
                .contains("Confirmed: the volumes of dev-blue are deleted: [pvc-1111]");
        assertThat(String.join("\n", tools.lines("resources.jsonl"))).doesNotContain("ClusterSlot");
    }

    @Test
    void aPodsGenericEphemeralVolumeIsReleasedByDeletingThePodSoTheDestroyDoesNotWaitForever() {
        // GIVEN dev with blue deployed and a CI runner pod whose scratch volume is a generic ephemeral volume: its
        // claim is named <pod>-<volume> and the pod names no claim
        deployBlue();
        tools.write("claims", "ci runner-0-scratch pvc-3333 Delete runner-0 ephemeral\n");
        int start = tools.callCount();

        // WHEN destroying dev
        ops().destroyer(true, new PrintWriter(output, true)).destroy("dev", Set.of());

        // THEN the pod was deleted with its claim, so the claim was released, its disk went and the cluster followed
        assertThat(kubectlCalls(start)).filteredOn(call -> call.get(1).equals("delete") && !call.get(2).equals("service"))
                .extracting(call -> String.join(" ", call.subList(2, 5))).containsExactly(
                        "persistentvolumeclaim runner-0-scratch --namespace", "pod runner-0 --namespace");
        assertThat(output.toString()).contains("Confirmed: the volumes of dev-blue are deleted: [pvc-3333]");
        assertThat(String.join("\n", tools.lines("resources.jsonl"))).doesNotContain("ClusterSlot");
    }

    @Test
    void aFailedClaimDeletionStopsTheDestroyBeforeTheClusterAndTheNextRunFinishes() throws Exception {
        // GIVEN dev with blue deployed and its claims, and the number of the destroy's call that deletes the first claim
        deployBlue();
        Path before = snapshot(tempDir.resolve("before"));
        tools.write("claims", CLAIMS);
        int start = tools.callCount();
        ops().destroyer(true, new PrintWriter(output, true)).destroy("dev", Set.of());
        List<List<String>> clean = tools.calls();
        int failing = IntStream.range(start, clean.size())
                .filter(i -> clean.get(i).containsAll(List.of("kubectl", "delete", "persistentvolumeclaim"))).findFirst().orElseThrow() - start + 1;

        // WHEN the same destroy fails at that call
        restore(before, tempDir.resolve("interrupted"));
        tools.write("claims", CLAIMS).write("fail-at", String.valueOf(failing));
        assertThatThrownBy(() -> ops().destroyer(true, new PrintWriter(output, true)).destroy("dev", Set.of()))
                .isInstanceOf(OperationFailedException.class).hasMessageContaining("injected failure");

        // THEN the cluster is untouched: only the ingress release was destroyed
        assertThat(String.join("\n", tools.lines("resources.jsonl"))).contains("ClusterSlot::dev-blue");
        assertThat(pulumiCalls()).filteredOn(call -> call.get(1).equals("destroy")).singleElement()
                .satisfies(call -> assertThat(String.join(" ", call)).contains("Release::dev-blue-ingress").doesNotContain("Cluster::"));

        // AND WHEN the destroy runs again THEN it deletes the claims, waits for the volume and destroys the cluster
        ops().destroyer(true, new PrintWriter(output, true)).destroy("dev", Set.of());
        assertThat(tools.lines("claims-deleted")).contains("monitoring prometheus-db-prometheus-0", "shop data-db-0");
        assertThat(String.join("\n", tools.lines("resources.jsonl"))).doesNotContain("ClusterSlot");
    }

    @Test
    void theDrillWaitsUntilVeleroListsTheBackupBeforeRestoring() {
        // GIVEN dev with blue deployed  WHEN running the cluster-loss drill
        deployBlue();
        var report = ops().drill(true, new PrintWriter(output, true)).run("dev", null, Set.of());

        // THEN every phase passed, and the restore came only after velero listed the backup again
        assertThat(report.passed()).as(report.render()).isTrue();
        List<List<String>> velero = tools.calls().stream().filter(call -> call.get(0).equals("velero")).toList();
        int restore = IntStream.range(0, velero.size()).filter(i -> velero.get(i).get(1).equals("restore")).findFirst().orElseThrow();
        assertThat(velero.get(restore - 1)).containsSubsequence("backup", "get");
        assertThat(journal.entries).contains("sleep 15s");
        assertEveryStateCallNamesTheStackAndNoneDecryptsSecrets();
    }

    @Test
    void aLostClusterIsDestroyedAndRecreated() {
        // GIVEN dev with blue deployed, whose cluster is gone (its API does not answer) and left an NLB
        deployBlue();
        tools.write("api-down", "").write("lbs", "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/k8s-ingress/abc dev-blue\n");

        // WHEN recreating it  THEN the refresh forgets the dead cluster's objects and the up rebuilds it
        assertThat(ops().destroyer(true, new PrintWriter(output, true)).recreate("dev")).isTrue();
        assertThat(output.toString()).contains("The API of dev-blue cannot be reached");

        // AND WHEN it is lost again and destroyed  THEN the NLB is deleted cloud-side and the destroy completes
        tools.write("api-down", "");
        ops().destroyer(true, new PrintWriter(output, true)).destroy("dev", Set.of());
        assertThat(tools.calls()).anySatisfy(call -> assertThat(call).containsSubsequence("aws", "elbv2", "delete-load-balancer"));
        assertThat(String.join("\n", tools.lines("resources.jsonl"))).doesNotContain("ClusterSlot");
        assertThat(tools.calls()).noneMatch(call -> call.get(0).equals("kubectl") && call.contains("delete"));
    }

    @Test
    void aPreviewWhoseEngineNeverStartsEndsAtItsTimeout() {
        // GIVEN dev deployed, and a preview that hangs
        deployBlue();
        tools.write("hang-on", "pulumi\tpreview");

        // WHEN starting an upgrade with a 2s limit  THEN it fails naming the call and the limit, and the file says how to resume
        Ops quick = ops(new PulumiCli.Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(2)), tools);
        assertThatThrownBy(() -> quick.upgrade(true, new PrintWriter(output, true)).start("dev", "1.35"))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("pulumi preview --json --non-interactive --stack dev did not finish within 2s and was stopped")
                .hasMessageContaining("run the same command again");
    }

    @Test
    void withoutThePulumiCliNothingIsWrittenAndTheMessageSaysWhatToInstall() throws Exception {
        // GIVEN no pulumi on the PATH
        Files.delete(tools.bin.resolve("pulumi"));
        byte[] committed = Files.readAllBytes(TestEnvironments.store(project).file("dev"));

        // WHEN starting an upgrade  THEN it fails with where to get the CLI, and the file is untouched
        assertThatThrownBy(() -> upgrade().start("dev", "1.35"))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("'pulumi' is not installed or not on the PATH")
                .hasMessageContaining("https://www.pulumi.com/docs/install/");
        assertThat(Files.readAllBytes(TestEnvironments.store(project).file("dev"))).isEqualTo(committed);
    }

    @Test
    void anOldCliAMissingStackOrMissingCredentialsAreRefusedBeforeTheFileChanges() throws Exception {
        EnvironmentConfigStore store = TestEnvironments.store(project);
        byte[] committed = Files.readAllBytes(store.file("dev"));
        tools.write("pulumi-version", "v3.90.0\n");
        assertThatThrownBy(() -> upgrade().start("dev", "1.35")).hasMessageContaining("v3.90.0").hasMessageContaining("v3.95.0 or newer");
        tools.write("pulumi-version", "v3.140.0\n").write("stacks", "staging\n");
        assertThatThrownBy(() -> upgrade().start("dev", "1.35")).isInstanceOf(RefusedException.class)
                .hasMessageContaining("no stack 'dev'").hasMessageContaining("pulumi stack init dev");
        tools.write("stacks", "dev\n").write("no-credentials", "");
        assertThatThrownBy(() -> upgrade().start("dev", "1.35")).isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("no usable AWS credentials").hasMessageContaining("Unable to locate credentials");
        assertThat(Files.readAllBytes(store.file("dev"))).isEqualTo(committed);
    }

}
