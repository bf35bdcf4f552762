package io.slipway.addons.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The add-on lock file ({@value #RESOURCE}): every chart, repository, version and pinned image a
 * cluster installs. It is the only place in Slipway that names a version, so upgrading an add-on
 * is a one-line, reviewable change.
 *
 * @param pins every add-on's pin
 */
public record AddonLock(Map<Addon, AddonPin> pins) {
    public static final String RESOURCE = "io/slipway/addons/addons.lock.yaml";

    public AddonLock {
        pins = Map.copyOf(pins);
    }

    /**
     * The lock shipped with Slipway. It is a classpath resource, fixed for the life of the process,
     * so it is read and parsed once: the CLI, the validation rule and every slot's add-ons share it.
     */
    public static synchronized AddonLock load() {
        // Not a static initializer: a broken lock must fail with its AddonLockException, every time.
        if (shipped == null) {
            shipped = read();
        }
        return shipped;
    }

    private static AddonLock shipped;

    private static AddonLock read() {
        try (InputStream in = AddonLock.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AddonLockException("", "the lock file is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AddonLockException("", "cannot be read: " + e.getMessage());
        }
    }

    /** Parses lock YAML, failing with the key path of the first problem. */
    public static AddonLock parse(String yaml) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(yaml);
        } catch (IOException e) {
            throw new AddonLockException("", "not valid YAML: " + e.getMessage());
        }
        JsonNode addons = root == null ? null : root.get("addons");
        if (addons == null || !addons.isObject()) {
            throw new AddonLockException("", "missing: the lock must hold an 'addons' map");
        }
        var pins = new EnumMap<Addon, AddonPin>(Addon.class);
        for (Iterator<String> keys = addons.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            Addon addon = java.util.Arrays.stream(Addon.values()).filter(a -> a.lockKey().equals(key)).findFirst()
                    .orElseThrow(() -> new AddonLockException(key, "unknown add-on; known: " + knownKeys()));
            pins.put(addon, pin(addon, addons.get(key)));
        }
        for (Addon addon : Addon.values()) {
            if (!pins.containsKey(addon)) {
                throw new AddonLockException(addon.lockKey(), "missing: every add-on must be pinned");
            }
        }
        return new AddonLock(pins);
    }

    private static AddonPin pin(Addon addon, JsonNode node) {
        String key = addon.lockKey();
        var range = node.get("kubernetes");
        if (range == null || !range.isObject()) {
            throw new AddonLockException(key + ".kubernetes", "missing: give {min: \"1.32\", max: \"1.35\"}");
        }
        var min = minor(key + ".kubernetes.min", text(range, key + ".kubernetes", "min"));
        var max = minor(key + ".kubernetes.max", text(range, key + ".kubernetes", "max"));
        if (min.compareTo(max) > 0) {
            throw new AddonLockException(key + ".kubernetes", "min " + min + " is newer than max " + max);
        }
        var imageTags = stringMap(node, key, "imageTags");
        imageTags.keySet().forEach(minor -> minor(key + ".imageTags." + minor, minor));
        var pin = new AddonPin(addon, text(node, key, "chart"), text(node, key, "repository"), text(node, key, "version"),
                min, max, imageTags, stringMap(node, key, "images"));
        if (!pin.repository().startsWith("https://") && !pin.repository().startsWith("oci://")) {
            throw new AddonLockException(key + ".repository", "'" + pin.repository() + "' must be an https:// or oci:// URL");
        }
        if (!imageTags.isEmpty()) {
            for (var minor = min; minor.compareTo(max) <= 0; minor = new KubernetesMinor(minor.major(), minor.minor() + 1)) {
                if (!imageTags.containsKey(minor.toString())) {
                    throw new AddonLockException(key + ".imageTags", "no tag for Kubernetes " + minor
                            + ", which the pin claims to support (" + min + " to " + max + ")");
                }
            }
        }
        return pin;
    }

    private static String text(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new AddonLockException(path + "." + field, "missing or empty");
        }
        return value.asText();
    }

    private static Map<String, String> stringMap(JsonNode node, String path, String field) {
        var map = new TreeMap<String, String>();
        JsonNode value = node.get(field);
        if (value == null) {
            return map;
        }
        if (!value.isObject()) {
            throw new AddonLockException(path + "." + field, "must be a map of strings");
        }
        value.fields().forEachRemaining(e -> map.put(e.getKey(), text(value, path + "." + field, e.getKey())));
        return map;
    }

    private static KubernetesMinor minor(String path, String value) {
        try {
            return KubernetesMinor.parse(value);
        } catch (IllegalArgumentException e) {
            throw new AddonLockException(path, e.getMessage());
        }
    }

    private static String knownKeys() {
        return java.util.Arrays.stream(Addon.values()).map(Addon::lockKey).toList().toString();
    }

    public AddonPin pin(Addon addon) {
        return pins.get(addon);
    }

    /** The oldest Kubernetes minor every pin supports. */
    public KubernetesMinor oldestSupported() {
        return pins.values().stream().map(AddonPin::minMinor).max(KubernetesMinor::compareTo).orElseThrow();
    }

    /** The newest Kubernetes minor every pin supports. */
    public KubernetesMinor newestSupported() {
        return pins.values().stream().map(AddonPin::maxMinor).min(KubernetesMinor::compareTo).orElseThrow();
    }

    /**
     * Whether every pinned add-on supports a Kubernetes version ({@code 1.34} or {@code 1.34.5-gke.100}): what
     * {@code slipway upgrade} checks before proposing a target version. A version that does not parse is unsupported.
     */
    public boolean supportsMinor(String kubernetesVersion) {
        KubernetesMinor minor;
        try {
            minor = KubernetesMinor.parse(kubernetesVersion);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return pins.values().stream().allMatch(pin -> pin.supports(minor));
    }

    /** The supported range as users read it: {@code 1.32 to 1.35}. */
    public String supportedRange() {
        return oldestSupported() + " to " + newestSupported();
    }
}
