package io.slipway.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.core.Output;
import com.pulumi.deployment.internal.EngineLogger;
import com.pulumi.deployment.internal.Runner;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class WaitingDeploymentTest {
    private static final CloudMocks MOCKS = new CloudMocks(new MockWorld("eu-west-1", MockWorld.EXAMPLE_AWS_ACCOUNT, ""));

    /** Records what reaches it, as the SDK's engine logger would pass it on to the engine. */
    static final class RecordingLogger implements EngineLogger {
        final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<Void> logAsync(Level level, String message, Resource resource, Integer streamId, Boolean ephemeral) {
            messages.add(level.getName() + ": " + message);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public int getErrorCount() {
            return (int) messages.stream().filter(m -> m.startsWith("SEVERE")).count();
        }

        @Override
        public boolean hasLoggedErrors() {
            return getErrorCount() > 0;
        }
    }

    @Test
    void theLoggerDropsDebugMessagesAndPassesTheRestOn() {
        // GIVEN the debug-dropping logger in front of a recording one
        var engine = new RecordingLogger();
        var logger = new WaitingDeployment.DebugDroppingLogger(engine);

        // WHEN the SDK logs a registration request as debug, then an info, a warning and an error
        logger.debugAsync("Registering resource monitor start: request=...");
        logger.logAsync(Level.FINEST, "finest", null, null, null);
        logger.infoAsync("info");
        logger.warnAsync("warn");
        logger.errorAsync("error");

        // THEN only what a user can see reaches the engine, and errors still count
        assertThat(engine.messages).containsExactly("INFO: info", "WARNING: warn", "SEVERE: error");
        assertThat(logger.hasLoggedErrors()).isTrue();
    }

    @Test
    void theRunnerWaitsForEveryTaskIncludingOnesRegisteredLater() throws Exception {
        // GIVEN a runner with a task that completes only later and then registers another one
        var runner = new WaitingDeployment.WaitingRunner(new RecordingLogger());
        var first = new CompletableFuture<String>();
        var second = new CompletableFuture<String>();
        runner.registerTask("first", first);
        first.thenRun(() -> runner.registerTask("second", second));

        // WHEN the program runs on another thread
        var result = CompletableFuture.supplyAsync(() -> runner.runAsync(() -> "value").join());

        // THEN it is done only when both tasks are, with the program's value and exit code 0
        first.complete("one");
        assertThat(result).isNotDone();
        Thread.sleep(50);
        assertThat(result).isNotDone();
        second.complete("two");
        Runner.Result<String> done = result.get(10, TimeUnit.SECONDS);
        assertThat(done.exitCode()).isEqualTo(Runner.ProcessExitedSuccessfully);
        assertThat(done.result()).contains("value");
        assertThat(done.exceptions()).isEmpty();
    }

    @Test
    void aFailedTaskEndsTheRunWithTheErrorLoggedAndTheExceptionKept() {
        // GIVEN a runner with a task that fails and one that never completes
        var engine = new RecordingLogger();
        var runner = new WaitingDeployment.WaitingRunner(engine);
        runner.registerTask("never", new CompletableFuture<Void>());
        runner.registerTask("fails", CompletableFuture.failedFuture(new IllegalStateException("no subnet")));

        // WHEN the program runs
        var result = runner.runAsync(() -> "value").join();

        // THEN the run ends as the SDK's runner ends it: exit code 32, the exception kept, the error logged
        assertThat(result.exitCode()).isEqualTo(Runner.ProcessExitedAfterLoggingUserActionableMessage);
        assertThat(result.exceptions()).singleElement().satisfies(e -> assertThat(e).hasMessage("no subnet"));
        assertThat(engine.messages).singleElement().satisfies(m -> assertThat(m).startsWith("SEVERE: ").contains("no subnet"));
    }

    @Test
    void theEngineReportsAProgramThatThrowsAsAnErrorAndRecordsWhatCameBefore() {
        // GIVEN a program that registers a VPC and then throws
        // WHEN it runs on the offline engine
        var result = OfflineEngine.run("dev", MOCKS, ctx -> {
            new Vpc("vpc", VpcArgs.builder().cidrBlock("10.0.0.0/16").build());
            throw new IllegalArgumentException("bad zone count");
        });

        // THEN the failure is one of the result's errors, not a hang or a stack trace on the console
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("bad zone count"));
    }

    @Test
    void outputsThatResolveLateAreWaitedFor() {
        // GIVEN a program whose export and a resource wait on work that finishes later on another thread
        var late = CompletableFuture.supplyAsync(() -> "10.1.0.0/16",
                CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));

        // WHEN it runs on the offline engine
        var result = OfflineEngine.run("dev", MOCKS, ctx -> {
            Output<String> cidr = Output.of(late);
            ctx.export("cidr", cidr.apply(block -> new Vpc("late", VpcArgs.builder().cidrBlock(block).build()).cidrBlock()));
        });

        // THEN the run ends only after both: the export is known and the late VPC is recorded
        assertThat(result.errors()).isEmpty();
        assertThat(result.outputs()).containsEntry("cidr", "10.1.0.0/16");
        assertThat(result.single("aws:ec2/vpc:Vpc").require("cidrBlock")).isEqualTo("10.1.0.0/16");
    }
}
