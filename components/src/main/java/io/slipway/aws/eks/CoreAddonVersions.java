package io.slipway.aws.eks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The EKS managed add-on versions pinned per Kubernetes minor, read from {@value #RESOURCE}.
 * No other code holds an add-on version.
 */
public final class CoreAddonVersions {
    public static final String RESOURCE = "/io/slipway/aws/eks/core-addons.yaml";
    public static final String VPC_CNI = "vpc-cni";
    public static final String KUBE_PROXY = "kube-proxy";
    public static final String COREDNS = "coredns";
    public static final String EBS_CSI = "aws-ebs-csi-driver";
    public static final List<String> ADDONS = List.of(VPC_CNI, KUBE_PROXY, COREDNS, EBS_CSI);

    private static final Map<String, Map<String, String>> PINS = load();

    private CoreAddonVersions() {}

    /** The Kubernetes minors the file pins add-ons for, sorted. */
    public static Set<String> supportedMinors() {
        return PINS.keySet();
    }

    /** The pinned version of one add-on for a Kubernetes minor, failing with what to do when it is not pinned. */
    public static String version(String minor, String addon) {
        var pins = PINS.get(minor);
        if (pins == null) {
            throw new IllegalArgumentException("no EKS core add-on versions are pinned for Kubernetes " + minor + " in "
                    + RESOURCE.substring(1) + " (pinned: " + String.join(", ", PINS.keySet())
                    + "); add the minor with `aws eks describe-addon-versions --kubernetes-version " + minor + "`");
        }
        String version = pins.get(addon);
        if (version == null) {
            throw new IllegalArgumentException(RESOURCE.substring(1) + " pins no version of " + addon + " for Kubernetes " + minor);
        }
        return version;
    }

    private static Map<String, Map<String, String>> load() {
        try (var in = CoreAddonVersions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Map<String, String>> raw = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
            var sorted = new TreeMap<String, Map<String, String>>();
            raw.forEach((minor, pins) -> {
                if (!pins.keySet().containsAll(ADDONS)) {
                    throw new IllegalStateException(RESOURCE + ": Kubernetes " + minor + " must pin every one of " + ADDONS);
                }
                sorted.put(minor, Map.copyOf(pins));
            });
            return java.util.Collections.unmodifiableMap(sorted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
