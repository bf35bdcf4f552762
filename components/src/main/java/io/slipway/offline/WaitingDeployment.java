package io.slipway.offline;

import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.deployment.internal.DeploymentImpl.DeploymentState;
import com.pulumi.deployment.internal.DeploymentInternal;
import com.pulumi.deployment.internal.EngineLogger;
import com.pulumi.deployment.internal.Runner;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.exceptions.RunException;
import com.pulumi.resources.Resource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * The deployment the offline engine runs a program in: the SDK's own, with two parts replaced that
 * cost most of a plan's time and nothing of its result (measured in docs/performance.md).
 * <ul>
 *   <li>The runner. The SDK's default runner waits for in-flight work by re-scheduling itself on the
 *       common pool in a loop that formats the whole in-flight map on every turn; on one or two CPUs
 *       {@code CompletableFuture} then starts a thread per task, and under Java 25 the loop starves
 *       the pool so that a plan never finishes. This one blocks the calling thread until the last
 *       task completes or one fails, and reports a failure the way the SDK's runner does (the error
 *       is logged to the engine, the exception is kept for the result).</li>
 *   <li>The engine logger drops debug messages. The SDK formats every registration request into one
 *       and queues it, one by one, to the mock engine, which keeps only errors; infos, warnings and
 *       errors still go through the SDK's logger unchanged.</li>
 * </ul>
 * This and {@link RecordingMonitor} are the only classes that touch the SDK's internal API; a new
 * SDK version changes only these files.
 */
final class WaitingDeployment {
    private WaitingDeployment() {}

    /** The deployment factory for {@code PulumiTestInternal.Builder.deploymentFactory}. */
    static DeploymentInternal create(DeploymentState state) {
        state.logger = new DebugDroppingLogger(state.logger);
        state.runner = new WaitingRunner(state.logger);
        return new DeploymentImpl(state);
    }

    /** Waits for the program's tasks on the calling thread instead of polling on the common pool. */
    static final class WaitingRunner implements Runner {
        private final EngineLogger engineLogger;
        private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
        private final Queue<Exception> swallowed = new ConcurrentLinkedQueue<>();
        private final Object changed = new Object();
        private Throwable firstFailure;

        WaitingRunner(EngineLogger engineLogger) {
            this.engineLogger = engineLogger;
        }

        @Override
        public <T> void registerTask(String description, CompletableFuture<T> task) {
            inFlight.add(task);
            task.whenComplete((ignored, failure) -> {
                synchronized (changed) {
                    inFlight.remove(task);
                    if (failure != null && firstFailure == null) {
                        firstFailure = failure;
                    }
                    changed.notifyAll();
                }
            });
        }

        @Override
        public <T> CompletableFuture<Result<T>> runAsync(Supplier<T> callback) {
            T value;
            try {
                // The caller's thread holds the deployment instance the program needs.
                value = callback.get();
                awaitTasks();
            } catch (RuntimeException e) {
                return handle(e).thenApply(code -> result(code, Optional.<T>empty()));
            }
            int code = engineLogger.hasLoggedErrors() ? ProcessExitedBeforeLoggingUserActionableMessage : ProcessExitedSuccessfully;
            return CompletableFuture.completedFuture(result(code, Optional.ofNullable(value)));
        }

        private <T> Result<T> result(int code, Optional<T> value) {
            // The constructor is protected: an anonymous subclass is how a runner outside the SDK makes one.
            return new Result<T>(code, List.copyOf(swallowed), value) {};
        }

        /** Until every task registered so far, and every one they register, is done, or one failed. */
        private void awaitTasks() {
            synchronized (changed) {
                while (firstFailure == null && !inFlight.isEmpty()) {
                    try {
                        changed.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new RunException("interrupted while waiting for the program's tasks", e);
                    }
                }
                if (firstFailure != null) {
                    throw firstFailure instanceof CompletionException c ? c : new CompletionException(firstFailure);
                }
            }
        }

        /** As the SDK's runner: keep the exception, log it to the engine as an error, exit code 32. */
        private CompletableFuture<Integer> handle(Throwable failure) {
            Throwable cause = failure;
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            Exception exception = cause instanceof Exception e ? e : new RunException("unexpected throwable", cause);
            swallowed.add(exception);
            CompletableFuture<Void> logged;
            if (exception instanceof RunException) {
                logged = engineLogger.errorAsync(exception.getMessage());
            } else if (exception instanceof ResourceException resourceException) {
                logged = engineLogger.errorAsync(
                        resourceException.isHideStack() ? resourceException.getMessage() : stackTrace(resourceException),
                        resourceException.getResource().orElse(null));
            } else {
                // Word for word the SDK's message: readers of the engine's errors recognise it.
                var process = ProcessHandle.current();
                logged = engineLogger.errorAsync(String.format("Running program [PID: %d](%s) failed with an unhandled exception:%n%s",
                        process.pid(), process.info().commandLine().orElse("unknown"), stackTrace(exception)));
            }
            return logged.thenApply(ignored -> ProcessExitedAfterLoggingUserActionableMessage);
        }

        private static String stackTrace(Throwable throwable) {
            var text = new StringWriter();
            throwable.printStackTrace(new PrintWriter(text));
            return text.toString();
        }
    }

    /** The SDK's engine logger for everything but debug messages, which nothing in a plan reads. */
    static final class DebugDroppingLogger implements EngineLogger {
        private static final CompletableFuture<Void> DROPPED = CompletableFuture.completedFuture(null);
        private final EngineLogger delegate;

        DebugDroppingLogger(EngineLogger delegate) {
            this.delegate = delegate;
        }

        @Override
        public CompletableFuture<Void> logAsync(
                Level level, String message, Resource resource, Integer streamId, Boolean ephemeral) {
            return level.intValue() < Level.INFO.intValue()
                    ? DROPPED
                    : delegate.logAsync(level, message, resource, streamId, ephemeral);
        }

        @Override
        public CompletableFuture<Void> debugAsync(
                String message, Resource resource, Integer streamId, Boolean ephemeral) {
            return DROPPED;
        }

        @Override
        public CompletableFuture<Void> infoAsync(
                String message, Resource resource, Integer streamId, Boolean ephemeral) {
            return delegate.infoAsync(message, resource, streamId, ephemeral);
        }

        @Override
        public CompletableFuture<Void> warnAsync(
                String message, Resource resource, Integer streamId, Boolean ephemeral) {
            return delegate.warnAsync(message, resource, streamId, ephemeral);
        }

        @Override
        public CompletableFuture<Void> errorAsync(
                String message, Resource resource, Integer streamId, Boolean ephemeral) {
            return delegate.errorAsync(message, resource, streamId, ephemeral);
        }

        @Override
        public int getErrorCount() {
            return delegate.getErrorCount();
        }

        @Override
        public boolean hasLoggedErrors() {
            return delegate.hasLoggedErrors();
        }
    }
}
