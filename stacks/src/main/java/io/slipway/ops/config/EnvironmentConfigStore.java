package io.slipway.ops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.LoadedEnvironment;
import io.slipway.model.loading.Problem;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.RefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Reads and writes the {@code slipway:environment} object of {@code environments/Pulumi.<env>.yaml}:
 * the committed stack config, which is also the state of an upgrade.
 *
 * <p>A write replaces only the text of the environment object's top-level keys whose value
 * changed; every other line of the file (other config keys, secure values, comments, the unchanged
 * keys of the object) stays byte for byte. A changed key (such as {@code slots}) is re-rendered
 * from its values, so comments inside it are not kept and flow-style lists become block style. Every write is validated through the same loader as {@code pulumi up}
 * before the file changes, and the file is replaced atomically: an invalid result changes nothing.
 */
public final class EnvironmentConfigStore {
    private static final ObjectMapper YAML_TREE = YAMLMapper.builder().build();

    private final Path environmentsDir;
    private final EnvironmentLoader loader;
    private final EnvironmentLoader viewer;

    public EnvironmentConfigStore(Path environmentsDir, EnvironmentLoader loader) {
        this(environmentsDir, loader, loader);
    }

    /**
     * @param loader validates what is read to act on and every write
     * @param viewer validates what is only shown ({@link #view}): the loader's rules without those that
     *               guard changes, such as the policy gate, which plans the whole environment
     */
    public EnvironmentConfigStore(Path environmentsDir, EnvironmentLoader loader, EnvironmentLoader viewer) {
        this.environmentsDir = environmentsDir;
        this.loader = loader;
        this.viewer = viewer;
    }

    public Path file(String environment) {
        return environmentsDir.resolve("Pulumi." + environment + ".yaml");
    }

    /** The validated environment; a missing file or an invalid one is a user mistake. */
    public LoadedEnvironment read(String environment) {
        return loader.loadStackFile(existing(environment));
    }

    /** The environment to show, not to act on ({@code upgrade status}): validated by the viewer's rules. */
    public LoadedEnvironment view(String environment) {
        return viewer.loadStackFile(existing(environment));
    }

    private Path existing(String environment) {
        Path file = file(environment);
        if (!Files.isRegularFile(file)) {
            throw new RefusedException("no environment '" + environment + "': " + file + " does not exist");
        }
        return file;
    }

    /**
     * Writes {@code next} as the environment, after validating it. Throws
     * {@link InvalidEnvironmentException} (file unchanged) when the result would not load.
     */
    public void write(String environment, EnvironmentSpec next) {
        Path file = file(environment);
        String source = file.toString();
        String text = readText(file);
        ObjectNode original = environmentObject(text, source);
        EnvironmentSpec current = loader.fromTree(original, source).spec();
        if (current.equals(next)) {
            return;
        }
        ObjectNode written = original.deepCopy();
        SpecTrees.merge(written, SpecTrees.full(current), SpecTrees.full(next));
        EnvironmentSpec merged = loader.fromTree(written, source).spec();
        if (!merged.equals(next)) {
            throw new IllegalStateException("the rewritten " + source + " would not read back as the intended environment");
        }
        String updated = EnvironmentBlockText.rewrite(text, original, written).orElseThrow(() -> invalid(source,
                "config." + EnvironmentLoader.CONFIG_KEY,
                "only a block-style object can be rewritten (the key on its own line, its fields below it)"));
        writeAtomically(file, updated, next);
    }

    /** The file's exact text, to put back with {@link #restore} when an operator declines a step. */
    public String snapshot(String environment) {
        return readText(file(environment));
    }

    /** Puts back a {@link #snapshot}, byte for byte, comments inside the environment object included. */
    public void restore(String environment, String snapshot) {
        Path file = file(environment);
        writeAtomically(file, snapshot, loader.fromTree(environmentObject(snapshot, file.toString()), file.toString()).spec());
    }

    private ObjectNode environmentObject(String text, String source) {
        JsonNode root;
        try {
            root = YAML_TREE.readTree(text);
        } catch (IOException e) {
            throw invalid(source, "", "not valid YAML: " + e.getMessage());
        }
        JsonNode environment = root == null ? null : root.path("config").get(EnvironmentLoader.CONFIG_KEY);
        if (environment == null || !environment.isObject()) {
            throw invalid(source, "config." + EnvironmentLoader.CONFIG_KEY, "missing: the file must hold the environment object");
        }
        return (ObjectNode) environment;
    }

    private void writeAtomically(Path file, String updated, EnvironmentSpec expected) {
        Path temp = file.resolveSibling("." + file.getFileName() + ".slipway-tmp");
        try {
            Files.writeString(temp, updated);
            EnvironmentSpec reread = loader.loadStackFile(temp).spec();
            if (!reread.equals(expected)) {
                throw new IllegalStateException("the rewritten " + file + " would not read back as the intended environment");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OperationFailedException("cannot write " + file + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Best effort: a left-over temp file is harmless and overwritten next time.
            }
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new RefusedException(file + " does not exist");
        } catch (IOException e) {
            throw new OperationFailedException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static InvalidEnvironmentException invalid(String source, String path, String message) {
        return new InvalidEnvironmentException(List.of(new Problem(source, path, message)));
    }
}
