package io.slipway.model.validation.cluster;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.TaintSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Node labels and taints follow Kubernetes' syntax: keys are an optional DNS-subdomain prefix and a
 * name of at most 63 alphanumerics, '-', '_' or '.', starting and ending alphanumeric; values are
 * empty or the same shape as a name. The cloud APIs pass them to the kubelet, which rejects the rest
 * only when the nodes boot. Keys under the prefixes Kubernetes and the clouds reserve for themselves
 * are refused (EKS and GKE refuse such node pools, or the kubelet refuses to register the node), and
 * a pool carries each taint key and effect once.
 */
public final class KubernetesLabelRule implements ModelRule {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final String KEY_RULE = "a key is [prefix/]name: name at most 63 letters, digits, '-', '_' or '.', "
            + "starting and ending with a letter or digit; prefix a DNS subdomain";
    private static final String VALUE_RULE = "a value is empty or at most 63 letters, digits, '-', '_' or '.', "
            + "starting and ending with a letter or digit";

    /** Prefixes (and their subdomains) reserved by Kubernetes, EKS and GKE. */
    static final List<String> RESERVED_PREFIXES = List.of("kubernetes.io", "k8s.io", "eks.amazonaws.com", "amazonaws.com",
            "cloud.google.com", "gke.io", "googleapis.com");

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        spec.slots().forEach((slot, slotSpec) -> {
            List<NodePoolSpec> pools = slotSpec.nodePools();
            for (int i = 0; i < pools.size(); i++) {
                String path = KeyPaths.pool(slot, i);
                pools.get(i).labels().forEach((key, value) -> {
                    checkKey(key, path + ".labels." + key, findings);
                    checkValue(value, path + ".labels." + key, findings);
                });
                List<TaintSpec> taints = pools.get(i).taints();
                Set<String> seen = new HashSet<>();
                for (int t = 0; t < taints.size(); t++) {
                    String taintPath = KeyPaths.element(path + ".taints", t);
                    if (taints.get(t).key() != null) {
                        checkKey(taints.get(t).key(), taintPath + ".key", findings);
                        if (taints.get(t).effect() != null && !seen.add(taints.get(t).key() + ":" + taints.get(t).effect())) {
                            findings.error(taintPath, "taint " + Echo.quote(taints.get(t).key()) + " with effect "
                                    + taints.get(t).effect().kubernetesName()
                                    + " is listed twice; a node carries each key and effect once");
                        }
                    }
                    checkValue(taints.get(t).value(), taintPath + ".value", findings);
                }
            }
        });
    }

    static boolean isValidKey(String key) {
        int slash = key.indexOf('/');
        if (slash < 0) {
            return key.length() <= 63 && NAME.matcher(key).matches();
        }
        String prefix = key.substring(0, slash);
        return key.length() <= 317 && prefix.length() <= 253 && PREFIX.matcher(prefix).matches() && NAME.matcher(key.substring(slash + 1)).matches();
    }

    public static boolean isValidValue(String value) {
        return value.isEmpty() || NAME.matcher(value).matches();
    }

    private static void checkKey(String key, String path, Findings findings) {
        if (!isValidKey(key)) {
            findings.error(path, Echo.quote(key) + " is not a valid Kubernetes key; " + KEY_RULE);
        } else if (key.contains("/")) {
            String prefix = key.substring(0, key.indexOf('/'));
            RESERVED_PREFIXES.stream().filter(reserved -> prefix.equals(reserved) || prefix.endsWith("." + reserved)).findFirst()
                    .ifPresent(reserved -> findings.error(path, Echo.quote(key) + " uses the prefix " + prefix + "/, reserved "
                            + "for Kubernetes and the clouds (" + String.join(", ", RESERVED_PREFIXES) + " and their "
                            + "subdomains); use your own prefix, e.g. platform.example.com/"));
        }
    }

    private static void checkValue(String value, String path, Findings findings) {
        if (!isValidValue(value)) {
            findings.error(path, Echo.quote(value) + " is not a valid Kubernetes label or taint value; " + VALUE_RULE);
        }
    }
}
