package io.slipway.offline;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.PulumiTestInternal;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a Pulumi program in-process on the SDK's mock engine with {@link CloudMocks}, recording
 * what it registers. The offline plan and every component test run through here, so tests see the
 * same graph a reviewer sees in {@code slipway plan}.
 */
public final class OfflineEngine {
    public static final String PROJECT = "slipway";

    /**
     * The SDK's engine logger writes every program error to java.util.logging before recording it;
     * the plan reports those errors itself (from the result), so the console copy is only noise,
     * and in tests that expect a failure it is pages of stack traces.
     */
    private static final Logger SILENT = silentLogger();

    private OfflineEngine() {}

    /**
     * @param stack         the stack name the program sees ({@code ctx.stackName()})
     * @param mocks         cloud answers for resources and invokes
     * @param config        stack config, keys as {@code <project>:<key>}
     * @param secretKeys    which config keys are secret
     * @param program       the program
     */
    public static synchronized OfflineResult run(
            String stack, CloudMocks mocks, Map<String, String> config, Set<String> secretKeys, Consumer<Context> program) {
        var recording = new RecordingMonitor[1];
        try {
            var result = PulumiTestInternal.builder()
                    .mocks(mocks)
                    .options(TestOptions.builder().projectName(PROJECT).stackName(stack).preview(false).build())
                    .config(config, secretKeys)
                    .standardLogger(SILENT)
                    .monitorDecorator(ignored -> recording[0] = new RecordingMonitor(mocks))
                    .deploymentFactory(WaitingDeployment::create)
                    .build()
                    .runTest(program);
            var errors = new ArrayList<String>(result.errors());
            result.exceptions().forEach(e -> errors.add(describe(e)));
            var outputs = new TreeMap<String, Object>();
            result.outputs().forEach((name, output) -> outputs.put(name, resolve(output)));
            return new OfflineResult(stack, recording[0].recorded(), outputs, errors);
        } finally {
            PulumiTest.cleanup();
        }
    }

    /** Runs a program with no stack config: what component tests use. */
    public static OfflineResult run(String stack, CloudMocks mocks, Consumer<Context> program) {
        return run(stack, mocks, Map.of(), Set.of(), program);
    }

    private static Logger silentLogger() {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.OFF);
        return logger;
    }

    private static Object resolve(Output<?> output) {
        var data = PulumiTestInternal.extractOutputData(output);
        if (data.isSecret()) {
            return StructValues.SECRET;
        }
        return data.isKnown() ? data.getValueNullable() : StructValues.UNKNOWN;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
