package io.slipway.ephemeral;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.ops.OperationFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes a new ephemeral environment's {@code environments/Pulumi.<name>.yaml}: block style, so later
 * changes ({@code dev extend}) go through the same validated rewrite as every other environment
 * file; validated by reading it back before it is moved into place, so an invalid file never exists.
 */
public final class ChildFiles {
    /** Record fields only: helpers such as {@code isEphemeral()} are not properties. */
    private static final ObjectMapper FIELDS = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // "1.34" and "4200" stay strings: the model refuses numbers where it expects text.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private final EnvironmentLoader loader;

    public ChildFiles(EnvironmentLoader loader) {
        this.loader = loader;
    }

    /** The environment object as Pulumi hands it to the program: JSON text. */
    public static String json(EnvironmentSpec spec) {
        try {
            return FIELDS.writeValueAsString(tree(spec));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an environment always serialises", e);
        }
    }

    /** The whole stack file's text. */
    public static String text(String name, EnvironmentSpec spec) {
        var root = Map.of("config", Map.of(EnvironmentLoader.CONFIG_KEY, tree(spec)));
        try {
            return "# Ephemeral environment " + name + ", written by `slipway dev up`; removed by `slipway dev down`.\n"
                    + YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an environment always serialises", e);
        }
    }

    /** The spec's fields; a child's policy for children of its own is left out, since it may have none. */
    private static ObjectNode tree(EnvironmentSpec spec) {
        ObjectNode tree = FIELDS.valueToTree(spec);
        if (spec.isEphemeral()) {
            tree.remove("ephemeralPolicy");
        }
        return tree;
    }

    /** Creates {@code file} holding {@code spec}; throws {@code InvalidEnvironmentException} (nothing written) if it would not load. */
    public void create(Path file, String name, EnvironmentSpec spec) {
        loader.fromTree(tree(spec), file.toString());
        Path temp = file.resolveSibling("." + file.getFileName() + ".slipway-tmp");
        try {
            Files.writeString(temp, text(name, spec));
            EnvironmentSpec reread = loader.loadStackFile(temp).spec();
            if (!reread.equals(spec)) {
                throw new IllegalStateException("the written " + file + " would not read back as the intended environment");
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
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
}
