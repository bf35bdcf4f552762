package io.slipway.ops.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.Problem;
import io.slipway.ops.Confirmer;
import io.slipway.ops.FakeCloud;
import io.slipway.ops.FakeDeployer;
import io.slipway.ops.FakeSleeper;
import io.slipway.ops.FakeSmokeChecks;
import io.slipway.ops.Journal;
import io.slipway.ops.ManualClock;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.RefusedException;
import io.slipway.ops.TestEnvironments;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.teardown.SlotTeardown;
import io.slipway.platform.SpecRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UpgradeDriverTest {
    private static final Duration SHIFT_SOAK = Duration.ofMinutes(10);
    private static final Duration FINISH_SOAK = Duration.ofMinutes(30);
    /** The applies of a whole upgrade: start, three shift steps, finish. */
    private static final int APPLIES = 5;

    @TempDir
    Path tempDir;

    private final Journal journal = new Journal();
    private final ManualClock clock = new ManualClock(TestEnvironments.T0);
    private final FakeSleeper sleeper = new FakeSleeper(clock, journal);
    private final StringWriter output = new StringWriter();
    private final FakeCloud cloud = new FakeCloud(journal);
    private EnvironmentConfigStore store;
    private FakeDeployer deployer;
    private FakeSmokeChecks checks;
    private EnvironmentSpec before;

    @BeforeEach
    void setUp() {
        store = TestEnvironments.store(TestEnvironments.project(tempDir));
        deployer = new FakeDeployer(journal, store).withDeployedClusters(List.of("dev-blue"));
        checks = new FakeSmokeChecks(journal);
        before = store.read("dev").spec();
    }

    private UpgradeDriver driver(Confirmer confirmer) {
        var out = new PrintWriter(output, true);
        var teardown = new SlotTeardown(deployer, cloud, cloud, clock, sleeper, Duration.ofMinutes(10), out);
        return new UpgradeDriver(store, deployer, checks, new UpgradeStateMachine(TestEnvironments.LOCK), teardown, clock, sleeper,
                confirmer, out);
    }

    private UpgradeDriver driver() {
        return driver(Confirmer.alwaysYes());
    }

    /** The whole upgrade as the runbook runs it; the finish comes after the soak. */
    private List<Consumer<UpgradeDriver>> wholeUpgrade() {
        return List.of(
                d -> d.start("dev", "1.35"),
                d -> assertThat(d.verify("dev")).isTrue(),
                d -> d.shiftInSteps("dev", List.of(10, 50, 100), SHIFT_SOAK),
                d -> {
                    clock.advance(FINISH_SOAK);
                    d.finish("dev", FINISH_SOAK);
                });
    }

    private EnvironmentSpec config() {
        return store.read("dev").spec();
    }

    @Test
    void aWholeUpgradeEndsWithTheNewSlotAloneAndEveryStepApplied() {
        // GIVEN dev with blue at 1.34  WHEN the whole upgrade runs
        wholeUpgrade().forEach(step -> step.accept(driver()));

        // THEN green at 1.35 is the only slot, with all traffic, and that is what was applied last
        EnvironmentSpec after = config();
        assertThat(after.slots().keySet()).containsExactly("green");
        assertThat(after.slots().get("green").kubernetesVersion()).isEqualTo("1.35");
        assertThat(after.slots().get("green").nodePools()).isEqualTo(before.slots().get("blue").nodePools());
        assertThat(after.upgrade()).isNull();
        assertThat(deployer.applied).last().isEqualTo(after);
        // AND each step was previewed then applied once, with the green weights in order and a soak between shifts
        assertThat(deployer.count("up")).isEqualTo(APPLIES);
        assertThat(deployer.count("preview")).isEqualTo(APPLIES);
        assertThat(deployer.applied).extracting(spec -> spec.slots().containsKey("green") ? spec.slots().get("green").weight() : -1)
                .containsExactly(0, 10, 50, 100, 100);
        assertThat(sleeper.waits).containsExactly(SHIFT_SOAK, SHIFT_SOAK);
        assertThat(checks.checkedClusters).containsExactly("dev-green");
    }

    @Test
    void everyStepPrintsTheSpecDiffAndThePreviewBeforeApplying() {
        // GIVEN dev  WHEN starting the upgrade
        driver().start("dev", "1.35");

        // THEN the operator saw the key paths that change and the preview summary
        assertThat(output.toString())
                .contains("+ slots.green: copy of slots.blue, with")
                .contains("    ~ slots.green.kubernetesVersion: 1.34 -> 1.35")
                .contains("    ~ slots.green.weight: 100 -> 0")
                .contains("+ upgrade.toSlot: green")
                .doesNotContain("nodePools")
                .contains("Preview: 1 to update");
        assertThat(journal.indexOf("preview dev")).isLessThan(journal.indexOf("up dev"));
    }

    @Test
    void aDeclinedConfirmationRestoresTheFileAndAppliesNothing() throws Exception {
        // GIVEN the file as committed
        byte[] committed = Files.readAllBytes(store.file("dev"));

        // WHEN the operator answers no to the start
        assertThatThrownBy(() -> driver(question -> false).start("dev", "1.35"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("cancelled");

        // THEN the file is byte for byte as before and nothing was applied
        assertThat(Files.readAllBytes(store.file("dev"))).isEqualTo(committed);
        assertThat(deployer.count("up")).isZero();
    }

    @Test
    void verifyRecordsNothingWhenACheckFails() {
        // GIVEN a started upgrade whose HTTP check fails
        driver().start("dev", "1.35");
        checks.failing();

        // WHEN verifying  THEN it reports failure, leaves verifiedAt unset and shifting stays refused
        assertThat(driver().verify("dev")).isFalse();
        assertThat(config().upgrade().verifiedAt()).isNull();
        assertThat(output.toString()).contains("FAIL HTTP through slipway-probe.green.dev.platform.example.com");
        assertThatThrownBy(() -> driver().shift("dev", 10)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("has not passed verify");
    }

    @Test
    void refusedStepsChangeNeitherTheFileNorTheStack() throws Exception {
        // GIVEN a started, unverified upgrade
        driver().start("dev", "1.35");
        byte[] started = Files.readAllBytes(store.file("dev"));
        long ups = deployer.count("up");

        // WHEN shift, finish and a second start are refused
        assertThatThrownBy(() -> driver().shift("dev", 50)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> driver().finish("dev", FINISH_SOAK)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> driver().start("dev", "1.36")).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> driver().shiftInSteps("dev", List.of(50, 10), SHIFT_SOAK)).isInstanceOf(RefusedException.class);

        // THEN the file and the stack are untouched
        assertThat(Files.readAllBytes(store.file("dev"))).isEqualTo(started);
        assertThat(deployer.count("up")).isEqualTo(ups);
    }

    static Stream<Arguments> everyInterruption() {
        return Stream.concat(
                IntStream.rangeClosed(1, APPLIES).mapToObj(n -> Arguments.of("preview", n)),
                IntStream.rangeClosed(1, APPLIES).mapToObj(n -> Arguments.of("up", n)));
    }

    @ParameterizedTest(name = "interrupted at {0} #{1}")
    @MethodSource("everyInterruption")
    void anInterruptedStepFinishesWhenTheSameCommandRunsAgain(String operation, int n) {
        // GIVEN the deployer fails once at the n-th preview or up (after the step's config was written)
        deployer.failAt(operation, n);

        // WHEN the whole upgrade runs, each command re-run once when it fails, as an operator would
        int failures = 0;
        for (Consumer<UpgradeDriver> step : wholeUpgrade()) {
            try {
                step.accept(driver());
            } catch (OperationFailedException interrupted) {
                failures++;
                step.accept(driver());
            }
        }

        // THEN the end state is the finished upgrade, applied, and the only extra work is one re-apply
        assertThat(failures).isEqualTo(1);
        EnvironmentSpec after = config();
        assertThat(after.slots().keySet()).containsExactly("green");
        assertThat(after.upgrade()).isNull();
        assertThat(deployer.applied).last().isEqualTo(after);
        assertThat(deployer.count("up")).isEqualTo(APPLIES + ("up".equals(operation) ? 1 : 0));
        assertThat(deployer.count("preview")).isEqualTo(APPLIES + 1);
    }

    static Stream<Arguments> everyPhase() {
        return Stream.of(
                Arguments.of(UpgradePhase.STARTED, 1),
                Arguments.of(UpgradePhase.VERIFIED, 2),
                Arguments.of(UpgradePhase.SHIFTING, 3),
                Arguments.of(UpgradePhase.SHIFTED, 4));
    }

    @ParameterizedTest(name = "rollback from {0}")
    @MethodSource("everyPhase")
    void rollbackFromEveryPhaseRestoresTheOldSlotAlone(UpgradePhase phase, int stepsTaken) {
        // GIVEN an upgrade driven into the phase
        List<Consumer<UpgradeDriver>> steps = new ArrayList<>(List.of(
                d -> d.start("dev", "1.35"),
                d -> d.verify("dev"),
                d -> d.shift("dev", 50),
                d -> d.shift("dev", 100)));
        steps.subList(0, stepsTaken).forEach(step -> step.accept(driver()));
        assertThat(UpgradePhase.of(config())).isEqualTo(phase);
        int appliedBefore = deployer.applied.size();

        // WHEN rolling back
        driver().rollback("dev");

        // THEN the config is exactly the pre-upgrade one, and it is what was applied last
        assertThat(config()).isEqualTo(before);
        assertThat(deployer.applied).last().isEqualTo(before);
        List<EnvironmentSpec> rollbackApplies = deployer.applied.subList(appliedBefore, deployer.applied.size());
        boolean greenHadTraffic = phase == UpgradePhase.SHIFTING || phase == UpgradePhase.SHIFTED;
        if (greenHadTraffic) {
            // AND traffic went back to blue in its own apply, one DNS TTL before green was removed
            assertThat(rollbackApplies).hasSize(2);
            assertThat(rollbackApplies.get(0).slots().get("blue").weight()).isEqualTo(100);
            assertThat(rollbackApplies.get(0).slots().get("green").weight()).isZero();
            assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(60));
        } else {
            assertThat(rollbackApplies).hasSize(1);
            assertThat(sleeper.waits).isEmpty();
        }
    }

    @Test
    void aRollbackInterruptedBeforeItsLastApplyIsCompletedByRunningItAgain() {
        // GIVEN green at 50% and an apply that fails when the rollback removes green
        driver().start("dev", "1.35");
        driver().verify("dev");
        driver().shift("dev", 50);
        deployer.failAt("up", 4);
        assertThatThrownBy(() -> driver().rollback("dev")).isInstanceOf(OperationFailedException.class);
        assertThat(config()).isEqualTo(before);

        // WHEN rolling back again: the config is already idle, but green is still deployed
        driver().rollback("dev");

        // THEN the removal is applied
        assertThat(deployer.applied).last().isEqualTo(before);
        assertThat(output.toString()).contains("still deployed but no longer in the config");
    }

    @Test
    void finishAndRollbackWithNothingPendingChangeNothing() {
        // GIVEN an idle environment whose stack matches its config
        // WHEN finishing or rolling back  THEN nothing is written or applied
        driver().finish("dev", FINISH_SOAK);
        driver().rollback("dev");
        assertThat(deployer.count("up")).isZero();
        assertThat(config()).isEqualTo(before);
        assertThat(output.toString()).contains("nothing to finish").contains("nothing to roll back");
    }

    @Test
    void statusShowsSlotsWeightsPhaseAndTheNextCommand() {
        // GIVEN a verified upgrade at 10%
        driver().start("dev", "1.35");
        driver().verify("dev");
        driver().shift("dev", 10);
        output.getBuffer().setLength(0);

        // WHEN asking for the status
        UpgradePhase phase = driver().status("dev");

        // THEN both slots, their versions and weights, the phase and what to run next are shown
        assertThat(phase).isEqualTo(UpgradePhase.SHIFTING);
        assertThat(output.toString())
                .containsPattern("slot blue\\s+Kubernetes 1.34\\s+weight\\s+90%")
                .containsPattern("slot green\\s+Kubernetes 1.35\\s+weight\\s+10%")
                .contains("Upgrade phase: shifting")
                .contains("Next: slipway upgrade shift dev");
    }

    @Test
    void statusShowsAnEnvironmentThatAnOperationWouldRefuse() {
        // GIVEN a store whose loader refuses dev, as the policy gate refuses an unwaived violation, and whose viewer
        // has the spec rules alone
        store = new EnvironmentConfigStore(store.file("dev").getParent(), new EnvironmentLoader(List.of(
                (spec, source) -> List.of(new Problem(source, "", "policy SLW-AWS-014 (medium): fix it or add a waiver")))),
                SpecRules.loader());

        // WHEN asking for its status THEN it is shown; starting an upgrade of it is still refused
        assertThat(driver().status("dev")).isEqualTo(UpgradePhase.IDLE);
        assertThat(output.toString()).containsPattern("slot blue\\s+Kubernetes 1.34");
        assertThatThrownBy(() -> driver().start("dev", "1.35")).isInstanceOf(InvalidEnvironmentException.class)
                .hasMessageContaining("SLW-AWS-014");
    }
}
