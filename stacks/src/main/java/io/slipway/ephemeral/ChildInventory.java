package io.slipway.ephemeral;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.ephemeral.EphemeralSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.Problem;
import io.slipway.model.yaml.StackFileProblem;
import io.slipway.model.yaml.StackFileReader;
import io.slipway.model.yaml.StackFileText;
import io.slipway.ops.Deployer;
import io.slipway.ops.RefusedException;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.plan.StackFiles;
import io.slipway.platform.EphemeralRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the ephemeral environments: every environment file with an {@code ephemeral} block (valid or
 * not: a child whose file a newer rule fails must still be listed and reaped), and every stack in the
 * backend with no file here whose {@code ephemeral} output marks it a child (one made on a laptop, or
 * whose file was lost). A stack is only ever counted as a child by that output, so a long-lived
 * environment of another checkout is never touched. Files are read to be shown
 * ({@link EnvironmentConfigStore#view}), not through the policy gate.
 */
public final class ChildInventory {
    /** The stack output that marks a child in the backend. */
    public static final String EPHEMERAL_OUTPUT = EphemeralRecord.OUTPUT;
    private static final String CONTROL_PLANE_RANGE = EphemeralRecord.CONTROL_PLANE_RANGE;
    private static final String STANDBY = EphemeralRecord.STANDBY;
    private static final String CLAIMED_AS = EphemeralRecord.CLAIMED_AS;

    private final EnvironmentConfigStore store;
    private final Deployer deployer;
    private final EphemeralStacks stacks;

    public ChildInventory(EnvironmentConfigStore store, Deployer deployer, EphemeralStacks stacks) {
        this.store = store;
        this.deployer = deployer;
        this.stacks = stacks;
    }

    /**
     * What was found, and what could not be read (a file that is not YAML, an unreachable backend, a
     * stack whose outputs failed): each problem means a child may be missing from {@code children}.
     */
    public record Inventory(List<FoundChild> children, List<String> problems) {}

    /** The children with a file here: what is known without credentials ({@code dev up --offline}). */
    public Inventory fromFiles() {
        var children = new ArrayList<FoundChild>();
        var problems = new ArrayList<String>();
        for (String name : environmentNames()) {
            try {
                fromFile(name).ifPresent(children::add);
            } catch (InvalidEnvironmentException e) {
                problems.add(e.problems().stream().map(Problem::render).collect(Collectors.joining("; "))
                        + " (so whether " + name + " is an ephemeral environment is unknown)");
            }
        }
        return new Inventory(children, problems);
    }

    /** The children with a file here, then those the backend alone knows, by name. */
    public Inventory all() {
        Inventory local = fromFiles();
        var children = new ArrayList<>(local.children());
        var problems = new ArrayList<>(local.problems());
        Set<String> files = new TreeSet<>(environmentNames());
        List<String> backend;
        try {
            backend = stacks.names();
        } catch (RuntimeException e) {
            problems.add("cannot list the stacks of the Pulumi backend, so children without a file here are not known: "
                    + e.getMessage());
            return new Inventory(children, problems);
        }
        for (String name : backend) {
            if (files.contains(name)) {
                continue;
            }
            try {
                fromOutputs(name, deployer.outputs(name)).ifPresent(children::add);
            } catch (RuntimeException e) {
                problems.add("cannot read the outputs of stack " + name + " (no file here), so whether it is a child is unknown: "
                        + e.getMessage());
            }
        }
        children.sort(java.util.Comparator.comparing(FoundChild::name));
        return new Inventory(children, problems);
    }

    /**
     * The child {@code dev down} acts on: by its file, or by its stack's outputs when it has no file here.
     *
     * @throws RefusedException            when there is no such child, or it is not marked ephemeral
     * @throws InvalidEnvironmentException when its file is invalid and holds no {@code ephemeral} block
     */
    public FoundChild named(String name) {
        ChildSpecs.checkName(name);
        return claimedAs(name).orElseGet(() -> byStackName(name));
    }

    /**
     * The claimed standby that answers to {@code name}, searched among the children with a file here, then,
     * when {@code name} is neither a file nor a stack, among those the backend alone knows.
     */
    public Optional<FoundChild> claimedAs(String name) {
        Optional<FoundChild> local = claimedAs(name, fromFiles().children());
        if (local.isPresent() || Files.exists(store.file(name)) || stacks.exists(name)) {
            return local;
        }
        return claimedAs(name, all().children());
    }

    /** The claimed standby among {@code children} that answers to {@code name}. */
    public static Optional<FoundChild> claimedAs(String name, List<FoundChild> children) {
        return children.stream().filter(c -> name.equals(c.ephemeral().claimedAs())).findFirst();
    }

    private FoundChild byStackName(String name) {
        if (Files.exists(store.file(name))) {
            return fromFile(name).orElseThrow(() -> new RefusedException(name
                    + " is not an ephemeral environment; dev commands never touch it (see slipway destroy)"));
        }
        if (!stacks.exists(name)) {
            throw new RefusedException("no ephemeral environment '" + name + "': " + store.file(name)
                    + " does not exist and the Pulumi backend has no stack " + name);
        }
        return fromOutputs(name, deployer.outputs(name)).orElseThrow(() -> new RefusedException("stack " + name
                + " has no file here and its outputs do not mark it ephemeral (no '" + EPHEMERAL_OUTPUT
                + "' output); dev commands never touch it"));
    }

    /** The environment names that have a file, sorted. */
    public List<String> environmentNames() {
        return new StackFiles(store.file("x").getParent()).stacks();
    }

    /**
     * The child of file {@code name}; empty for a long-lived environment. An invalid file is a child
     * when it still holds an {@code ephemeral} block.
     *
     * @throws InvalidEnvironmentException when the file is invalid and not even YAML with an environment object
     */
    private Optional<FoundChild> fromFile(String name) {
        try {
            EnvironmentSpec spec = store.view(name).spec();
            return spec.isEphemeral()
                    ? Optional.of(FoundChild.ofFile(name, spec))
                    : Optional.empty();
        } catch (InvalidEnvironmentException invalid) {
            JsonNode environment = environmentObject(store.file(name)).orElseThrow(() -> invalid);
            JsonNode block = environment.get("ephemeral");
            if (block == null || !block.isObject()) {
                return Optional.empty(); // a long-lived environment: plan and validate report its problems
            }
            var ephemeral = new EphemeralSpec(text(block.get("parent")), text(block.get("owner")), text(block.get("createdAt")),
                    text(block.get("expiresAt")), block.path(STANDBY).asBoolean(false), text(block.get(CLAIMED_AS)));
            String problem = invalid.problems().stream().map(p -> (p.path().isEmpty() ? "" : p.path() + ": ") + p.message())
                    .collect(Collectors.joining("; "));
            return Optional.of(new FoundChild(name, ephemeral, null, FoundChild.Record.INVALID_FILE, problem,
                    text(environment.path("gcp").get("masterCidr"))));
        }
    }

    /** The environment object of a file that does not validate, as written; empty when the file is not even that. */
    private static Optional<JsonNode> environmentObject(Path file) {
        try {
            JsonNode root = StackFileReader.parse(StackFileText.read(file));
            JsonNode environment = root == null ? null : root.path("config").get(EnvironmentLoader.CONFIG_KEY);
            return environment != null && environment.isObject() ? Optional.of(environment) : Optional.empty();
        } catch (StackFileProblem unreadable) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode value) {
        return value == null || !value.isValueNode() ? null : value.asText();
    }

    /** A stack with no file here is a child only when its {@code ephemeral} output names a parent. */
    private static Optional<FoundChild> fromOutputs(String name, Map<String, Object> outputs) {
        Optional<EphemeralSpec> record = recordIn(outputs);
        if (record.isEmpty() || record.get().parent() == null || record.get().parent().isBlank()) {
            return Optional.empty();
        }
        Object range = ((Map<?, ?>) outputs.get(EPHEMERAL_OUTPUT)).get(CONTROL_PLANE_RANGE);
        return Optional.of(new FoundChild(name, record.get(), null, FoundChild.Record.STACK_ONLY, null, string(range)));
    }

    /**
     * The {@code ephemeral} record among a stack's outputs, as written (not validated); empty when the stack
     * exports none: a long-lived environment, or a child whose first {@code pulumi up} never completed.
     */
    static Optional<EphemeralSpec> recordIn(Map<String, Object> outputs) {
        if (!(outputs.get(EPHEMERAL_OUTPUT) instanceof Map<?, ?> block)) {
            return Optional.empty();
        }
        return Optional.of(new EphemeralSpec(string(block.get("parent")), string(block.get("owner")),
                string(block.get("createdAt")), string(block.get("expiresAt")), Boolean.TRUE.equals(block.get(STANDBY)),
                string(block.get(CLAIMED_AS))));
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
