package io.slipway.model.validation;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.TaintSpec;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Node labels and taints follow Kubernetes' syntax: keys are an optional DNS-subdomain prefix and a
 * name of at most 63 alphanumerics, '-', '_' or '.', starting and ending alphanumeric; values are
 * empty or the same shape as a name. The cloud APIs pass them to the kubelet, which rejects the rest
 * only when the nodes boot.
 */
final class KubernetesLabelRule implements ModelRule {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final String KEY_RULE = "a key is [prefix/]name: name at most 63 letters, digits, '-', '_' or '.', "
            + "starting and ending with a letter or digit; prefix a DNS subdomain";
    private static final String VALUE_RULE = "a value is empty or at most 63 letters, digits, '-', '_' or '.', "
            + "starting and ending with a letter or digit";

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
                for (int t = 0; t < taints.size(); t++) {
                    String taintPath = KeyPaths.element(path + ".taints", t);
                    if (taints.get(t).key() != null) {
                        checkKey(taints.get(t).key(), taintPath + ".key", findings);
                    }
                    checkValue(taints.get(t).value(), taintPath + ".value", findings);
                }
            }
        });
    }

    static boolean isValidKey(String key) {
        int slash = key.indexOf('/');
        if (slash < 0) {
            return NAME.matcher(key).matches();
        }
        String prefix = key.substring(0, slash);
        return prefix.length() <= 253 && PREFIX.matcher(prefix).matches() && NAME.matcher(key.substring(slash + 1)).matches();
    }

    static boolean isValidValue(String value) {
        return value.isEmpty() || NAME.matcher(value).matches();
    }

    private static void checkKey(String key, String path, Findings findings) {
        if (!isValidKey(key)) {
            findings.error(path, Echo.quote(key) + " is not a valid Kubernetes key; " + KEY_RULE);
        }
    }

    private static void checkValue(String value, String path, Findings findings) {
        if (!isValidValue(value)) {
            findings.error(path, Echo.quote(value) + " is not a valid Kubernetes label or taint value; " + VALUE_RULE);
        }
    }
}
