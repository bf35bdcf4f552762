package io.slipway.ops.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.RefusedException;
import io.slipway.ops.tools.CommandRunner;
import io.slipway.ops.tools.CommandRunner.CommandOutput;
import io.slipway.ops.tools.Invocation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code pulumi} CLI run directly, in the project directory: every call names its stack with
 * {@code --stack} (never the selected one), runs {@code --non-interactive} and has a timeout. The
 * version is checked once per process against {@link #MINIMUM_VERSION}. Reads never pass
 * {@code --show-secrets}: secret values stay encrypted in what Slipway sees.
 */
public final class PulumiCli {
    /** The oldest CLI the pinned Java SDK (com.pulumi:pulumi 1.36.1) supports; its Automation API checks the same. */
    public static final String MINIMUM_VERSION = "3.95.0";
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)\\S*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param read   state reads, version and stack listing
     * @param change preview, up, refresh and destroy: a whole environment's first {@code up} (EKS
     *               or GKE, node pools, add-ons) takes 20 to 40 minutes
     */
    public record Timeouts(Duration read, Duration change) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofMinutes(3), Duration.ofMinutes(120));
    }

    private final Path projectDir;
    private final CommandRunner runner;
    private final Timeouts timeouts;
    private boolean versionChecked;

    public PulumiCli(Path projectDir, CommandRunner runner, Timeouts timeouts) {
        this.projectDir = projectDir;
        this.runner = runner;
        this.timeouts = timeouts;
    }

    /** Fails with what to install unless {@code pulumi} is on the PATH and at least {@link #MINIMUM_VERSION}. */
    public void requireVersion() {
        if (versionChecked) {
            return;
        }
        Invocation invocation = Invocation.of(List.of("pulumi", "version")).in(projectDir).within(timeouts.read());
        String printed = runner.run(invocation).orFail(invocation).strip();
        Matcher m = VERSION.matcher(printed);
        if (!m.matches()) {
            throw new OperationFailedException("'pulumi version' printed '" + printed + "', not a version; Slipway needs v"
                    + MINIMUM_VERSION + " or newer (https://www.pulumi.com/docs/install/)");
        }
        if (compare(m, MINIMUM_VERSION) < 0) {
            throw new OperationFailedException("the pulumi CLI on the PATH is " + printed + "; Slipway needs v" + MINIMUM_VERSION
                    + " or newer, the oldest the pinned Java SDK supports: upgrade it (https://www.pulumi.com/docs/install/)."
                    + " Nothing was changed.");
        }
        versionChecked = true;
    }

    /** Refuses unless the backend the CLI is logged in to has {@code stack} for this project. */
    public void requireStack(String stack) {
        if (!hasStack(stack)) {
            throw new RefusedException("the Pulumi backend you are logged in to has no stack '" + stack + "' for this project"
                    + " (check 'pulumi whoami -v'); create it with 'pulumi stack init " + stack
                    + " --secrets-provider <...>' as README.md 'Deploy for real' shows. Nothing was changed.");
        }
    }

    /**
     * Whether the backend the CLI is logged in to has {@code stack} for this project, by its short name
     * (a fully qualified {@code organization/project/stack} never matches: {@link #stackNames} shortens).
     */
    public boolean hasStack(String stack) {
        return stackNames().contains(stack);
    }

    /**
     * The short names of this project's stacks in the backend the CLI is logged in to, as
     * {@code stack ls --json} lists them ({@code organization/project/stack} shortened to {@code stack}).
     */
    public List<String> stackNames() {
        JsonNode stacks = json(read(List.of("pulumi", "stack", "ls", "--json", "--non-interactive")), "pulumi stack ls --json");
        List<String> names = new ArrayList<>();
        for (JsonNode entry : stacks == null ? JSON.createArrayNode() : stacks) {
            String name = entry.path("name").asText();
            names.add(name.substring(name.lastIndexOf('/') + 1));
        }
        return names;
    }

    /**
     * Creates {@code stack} in the backend without selecting it.
     *
     * @param secretsProvider {@code --secrets-provider} ({@code awskms://...}, {@code gcpkms://...}); null for the backend's default
     */
    public void initStack(String stack, String secretsProvider) {
        var arguments = new ArrayList<>(List.of("pulumi", "stack", "init", stack, "--no-select"));
        if (secretsProvider != null) {
            arguments.addAll(List.of("--secrets-provider", secretsProvider));
        }
        arguments.add("--non-interactive");
        quick(arguments, null);
    }

    /** Sets a secret config value of {@code stack}; the value reaches the CLI on standard input, never on its command line. */
    public void setSecret(String stack, String key, String value) {
        quick(List.of("pulumi", "config", "set", "--secret", key, "--stack", stack, "--non-interactive"), value);
    }

    /** Removes {@code stack} from the backend; the CLI refuses while the stack still has resources. */
    public void removeStack(String stack) {
        quick(List.of("pulumi", "stack", "rm", stack, "--yes", "--non-interactive"), null);
    }

    /** A read-only call ({@code stack export}, {@code stack output}); its standard output. */
    public String read(List<String> arguments) {
        return quick(arguments, null);
    }

    /** A quick call with the read timeout, its input on standard input; its standard output. */
    private String quick(List<String> arguments, String standardInput) {
        requireVersion();
        Invocation invocation = Invocation.of(arguments).in(projectDir).within(timeouts.read()).withInput(standardInput);
        CommandOutput output = runner.run(invocation);
        if (!output.succeeded()) {
            throw failure(invocation, output);
        }
        return output.stdout();
    }

    /**
     * A call that may change the stack or take long ({@code preview}, {@code up}, {@code refresh},
     * {@code destroy}), its standard output streamed line by line to {@code progress}.
     */
    public CommandOutput change(List<String> arguments, Map<String, String> environment, Consumer<String> progress) {
        requireVersion();
        if (!arguments.contains("--stack")) {
            throw new IllegalArgumentException("every state-changing pulumi call names its stack: " + arguments);
        }
        Invocation invocation = new Invocation(arguments, environment, projectDir, timeouts.change(), progress);
        return runner.run(invocation);
    }

    /** The failure of a call, with the CLI's own {@code error:} lines (or its last words). */
    public static OperationFailedException failure(Invocation invocation, CommandOutput output) {
        List<String> errors = new ArrayList<>();
        for (String line : (output.stderr() + "\n" + output.stdout()).split("\n")) {
            if (line.strip().startsWith("error:")) {
                errors.add(line.strip());
            }
        }
        String reason = errors.isEmpty() ? output.stderr().strip() : String.join("\n  ", errors);
        return new OperationFailedException(invocation.commandLine() + " failed (exit " + output.exitCode() + "): " + reason);
    }

    static JsonNode json(String text, String what) {
        try {
            return JSON.readTree(text.isBlank() ? "null" : text);
        } catch (IOException e) {
            throw new OperationFailedException(what + " printed something other than JSON: " + e.getMessage());
        }
    }

    private static int compare(Matcher version, String minimum) {
        String[] parts = minimum.split("\\.");
        for (int i = 0; i < 3; i++) {
            int difference = Integer.compare(Integer.parseInt(version.group(i + 1)), Integer.parseInt(parts[i]));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }
}
