package io.slipway.model.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.model.validation.Echo;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses a stack file's YAML into the tree the Pulumi CLI hands the program under {@code pulumi up}:
 * anchors, aliases and merge keys ({@code <<}) are resolved as Go's yaml.v3 resolves them (the keys a
 * mapping writes itself win over merged ones; of several merged mappings the earlier wins), and plain
 * scalars follow yaml.v3's rules ({@link GoYamlScalars}). The parser's own limits (SnakeYAML's
 * {@link LoaderOptions}) bound nesting, aliases and size, and the alias expansion is bounded here, so
 * a small file cannot unfold into millions of values.
 */
public final class StackFileReader {
    /** The largest stack file read, in characters: a real one is a few kilobytes. */
    public static final int MAX_CHARACTERS = 1 << 20;
    public static final int MAX_NESTING = 40;
    public static final int MAX_ALIASES = 50;
    /** Values an alias may expand into, over the whole file. */
    public static final int MAX_EXPANDED_VALUES = 10_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Resolver YAML_1_1 = new Resolver();
    private static final Set<Tag> STANDARD = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MERGE);

    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private int values;

    private StackFileReader() {}

    /** The document's tree, or a {@link StackFileProblem} saying what is wrong and where. */
    public static JsonNode parse(String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new StackFileProblem("the file has " + text.length() + " characters; a stack file may have at most " + MAX_CHARACTERS);
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CHARACTERS);
        Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            throw new StackFileProblem(YamlMessages.of(e), e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark());
        } catch (YAMLException e) {
            throw new StackFileProblem(YamlMessages.of(e));
        } catch (StackOverflowError e) {
            throw new StackFileProblem("the file nests too deeply; at most " + MAX_NESTING + " levels");
        }
        return root == null ? null : new StackFileReader().convert(root, 0);
    }

    private JsonNode convert(Node node, int depth) {
        if (++values > MAX_EXPANDED_VALUES) {
            throw new StackFileProblem("aliases expand to more than " + MAX_EXPANDED_VALUES + " values; write the values out "
                    + "or use fewer aliases", node.getStartMark());
        }
        if (depth > MAX_NESTING) {
            throw new StackFileProblem("values nest more than " + MAX_NESTING + " levels deep", node.getStartMark());
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (!inProgress.add(node)) {
            throw new StackFileProblem("an alias refers to a value that contains the alias itself", node.getStartMark());
        }
        try {
            if (node instanceof SequenceNode sequence) {
                var array = NODES.arrayNode();
                sequence.getValue().forEach(element -> array.add(convert(element, depth + 1)));
                return array;
            }
            return mapping((MappingNode) node, depth);
        } finally {
            inProgress.remove(node);
        }
    }

    private ObjectNode mapping(MappingNode node, int depth) {
        ObjectNode object = NODES.objectNode();
        Node merge = null;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new StackFileProblem("a key is a list or an object; keys must be plain names", tuple.getKeyNode().getStartMark());
            }
            if (key.isPlain() && key.getTag().equals(Tag.MERGE)) {
                merge = tuple.getValueNode(); // yaml.v3 uses the last merge key of a mapping
                continue;
            }
            String name = keyText(key);
            if (object.has(name)) {
                throw new StackFileProblem("key '" + Echo.shorten(name) + "' is written twice in one object; each key may appear once",
                        key.getStartMark());
            }
            object.set(name, convert(tuple.getValueNode(), depth + 1));
        }
        if (merge != null) {
            for (Node merged : mergedMappings(merge)) {
                mapping((MappingNode) merged, depth).fields().forEachRemaining(field -> {
                    if (!object.has(field.getKey())) {
                        object.set(field.getKey(), field.getValue());
                    }
                });
            }
        }
        return object;
    }

    private static List<Node> mergedMappings(Node merge) {
        List<Node> mappings = new ArrayList<>();
        if (merge.getNodeId() == NodeId.mapping) {
            mappings.add(merge);
        } else if (merge.getNodeId() == NodeId.sequence) {
            mappings.addAll(((SequenceNode) merge).getValue());
        }
        if (mappings.isEmpty() || mappings.stream().anyMatch(m -> m.getNodeId() != NodeId.mapping)) {
            throw new StackFileProblem("a merge key (<<) takes an object or a list of objects", merge.getStartMark());
        }
        return mappings;
    }

    private static String keyText(ScalarNode key) {
        JsonNode resolved = scalar(key);
        return resolved.isNull() ? "" : resolved.asText();
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        if (!scalar.isPlain() || !STANDARD.contains(scalar.getTag())) {
            return NODES.textNode(text); // quoted, block, or a tag yaml.v3 does not resolve
        }
        boolean explicitString = scalar.getTag().equals(Tag.STR) && !YAML_1_1.resolve(NodeId.scalar, text, true).equals(Tag.STR);
        return explicitString ? NODES.textNode(text) : GoYamlScalars.resolvePlain(text);
    }
}
