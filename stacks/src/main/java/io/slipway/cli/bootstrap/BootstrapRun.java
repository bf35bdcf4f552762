package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import io.slipway.cli.CliServices;
import io.slipway.model.Cloud;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.offline.CloudMocks;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.PlanTextRenderer;
import io.slipway.plan.StackFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What both {@code bootstrap aws} and {@code bootstrap gcp} do: show what will be created, ask
 * (unless {@code --yes}), deploy through the {@link StateBootstrapper}, then print the exact
 * {@code pulumi login} and {@code pulumi stack init} lines to use. {@code --plan} runs the same
 * program on the offline engine instead and deploys nothing.
 */
final class BootstrapRun {
    static final int CANCELLED = 1;

    private final CliServices services;
    private final PrintWriter out;
    private final PrintWriter err;

    BootstrapRun(CliServices services, PrintWriter out, PrintWriter err) {
        this.services = services;
        this.out = out;
        this.err = err;
    }

    int run(StateTarget target, boolean planOnly, boolean assumeYes) {
        Consumer<Context> program = target.program(services.stateBackendPrograms());
        if (planOnly) {
            var plan = OfflinePlanner.planProgram(target.bucket(), new CloudMocks(target.mockWorld()), program);
            out.print(new PlanTextRenderer().render(plan));
            return 0;
        }
        target.description().forEach(out::println);
        out.println("Its own state is kept locally under ~/.slipway/bootstrap (stack '" + target.bucket() + "').");
        if (!assumeYes && !confirmed()) {
            err.println("slipway: cancelled; nothing was created");
            return CANCELLED;
        }
        out.flush();
        Map<String, Object> outputs = services.bootstrapper().up(target.bucket(), target.config(), program);
        String loginUrl = requireOutput(outputs, StateBackendPrograms.LOGIN_URL);
        String secretsProvider = requireOutput(outputs, StateBackendPrograms.SECRETS_PROVIDER);
        String expected = target.loginUrlPrefix();
        if (!loginUrl.equals(expected) && !loginUrl.startsWith(expected + "?")) {
            throw new BootstrapFailedException("the bootstrap program created state storage at '" + loginUrl
                    + "', not at the '" + expected + "' asked for", null);
        }
        out.println();
        out.println("State storage is ready. Point Pulumi at it:");
        out.println("  pulumi login '" + loginUrl + "'");
        for (String stack : stacksOn(target.cloud())) {
            out.println("  pulumi stack init " + stack + " --secrets-provider '" + secretsProvider + "'");
        }
        return 0;
    }

    private boolean confirmed() {
        out.print("Create them? [y/N] ");
        out.flush();
        try {
            String answer = services.input().readLine();
            return answer != null && List.of("y", "yes").contains(answer.trim().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer", e);
        }
    }

    /** The environment stacks on this cloud, or the placeholder when there are none yet. */
    private List<String> stacksOn(Cloud cloud) {
        var files = new StackFiles(services.defaultEnvironments());
        var planner = new OfflinePlanner(services.platformProgram());
        List<String> stacks = new ArrayList<>();
        for (String stack : files.stacks()) {
            try {
                if (planner.validate(files.fileOf(stack)).spec().cloud() == cloud) {
                    stacks.add(stack);
                }
            } catch (InvalidEnvironmentException e) {
                // An invalid file's cloud is unknown; `slipway validate` reports it.
            }
        }
        return stacks.isEmpty() ? List.of("<env>") : stacks;
    }

    private static String requireOutput(Map<String, Object> outputs, String name) {
        Object value = outputs.get(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new BootstrapFailedException("the bootstrap program exported no '" + name + "'; it exported " + outputs.keySet(), null);
        }
        return text;
    }
}
