package io.slipway.platform;

import io.slipway.aws.AwsFoundation;
import io.slipway.aws.eks.ManagedNodePoolArgs;
import io.slipway.aws.storage.SecureBucket;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.Problem;
import io.slipway.model.loading.SpecRule;
import io.slipway.model.validation.Echo;
import io.slipway.platform.dns.RecordNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every name the program derives from the stack name and the spec fits its cloud's limits, checked
 * with the very functions that make the names: cluster names (EKS: 100 characters of letters, digits,
 * '-' and '_'; GKE: 40 lower-case), EKS node group names (63), the AWS backups bucket (S3: lower-case,
 * 63), and the slot records' DNS names (253, labels 63). The stack name comes from the file name
 * ({@code Pulumi.<stack>.yaml}), which is also how {@code pulumi up} names its source.
 */
public final class GeneratedNamesRule implements SpecRule {
    private static final Pattern STACK_FILE = Pattern.compile("(?:.*[/\\\\])?Pulumi\\.([^/\\\\]{1,200})\\.yaml");
    private static final Pattern EKS_CLUSTER = Pattern.compile("[0-9A-Za-z][A-Za-z0-9_-]{0,99}");
    private static final Pattern GKE_CLUSTER = Pattern.compile("[a-z]([-a-z0-9]{0,38}[a-z0-9])?");
    /** Any 12-digit account id gives a bucket name of the same length and alphabet. */
    private static final String SOME_ACCOUNT = "123456789012";

    @Override
    public List<Problem> check(EnvironmentSpec spec, String source) {
        var problems = new ArrayList<Problem>();
        Optional<String> stack = stackOf(source);
        if (stack.isEmpty() || spec.cloud() == null) {
            return problems;
        }
        var environment = new EnvironmentContext(stack.get(), spec);
        spec.slots().forEach((slot, slotSpec) -> {
            String cluster = environment.clusterName(slot);
            boolean fits = spec.cloud() == Cloud.AWS ? EKS_CLUSTER.matcher(cluster).matches() : GKE_CLUSTER.matcher(cluster).matches();
            if (!fits) {
                problems.add(new Problem(source, "slots." + slot, "the cluster name " + Echo.quote(cluster) + " (<stack>-<slot>) is "
                        + (spec.cloud() == Cloud.AWS ? "not an EKS cluster name: up to 100 letters, digits, '-' and '_'"
                        : "not a GKE cluster name: up to 40 lower-case letters, digits and '-', starting with a letter")
                        + "; rename the stack"));
            }
            for (int i = 0; i < slotSpec.nodePools().size(); i++) {
                String pool = slotSpec.nodePools().get(i).name();
                if (spec.cloud() == Cloud.AWS && pool != null) {
                    String group = ManagedNodePoolArgs.nodeGroupName(environment, slot, pool);
                    if (group.length() > ManagedNodePoolArgs.MAX_NODE_GROUP_NAME) {
                        problems.add(new Problem(source, "slots." + slot + ".nodePools[" + i + "].name", "the node group name "
                                + Echo.quote(group) + " has " + group.length() + " characters; EKS allows "
                                + ManagedNodePoolArgs.MAX_NODE_GROUP_NAME + ", shorten the pool or the stack name"));
                    }
                }
            }
            checkRecordNames(spec, slot, source, problems);
        });
        if (spec.cloud() == Cloud.AWS && spec.region() != null) {
            String bucket = AwsFoundation.backupsBucketName(stack.get(), SOME_ACCOUNT, spec.region());
            try {
                SecureBucket.requireValidName(bucket);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(source, "", "the stack name " + Echo.quote(stack.get()) + " makes the backups bucket name "
                        + Echo.quote(bucket) + ", which S3 refuses (3 to 63 lower-case letters, digits, '-' and '.'); "
                        + "rename the stack in lower case, shorter"));
            }
        }
        return problems;
    }

    private static void checkRecordNames(EnvironmentSpec spec, String slot, String source, List<Problem> problems) {
        if (spec.domain() == null) {
            return;
        }
        var labels = spec.dns().sharedNames();
        for (int i = 0; i < labels.size(); i++) {
            String name = RecordNames.direct(spec, slot, labels.get(i));
            if (name.length() > 253) {
                problems.add(new Problem(source, "domain", "the record name " + Echo.quote(name) + " has " + name.length()
                        + " characters; DNS allows 253, shorten the domain"));
                return;
            }
        }
    }

    /** The stack a source names ({@code environments/Pulumi.dev.yaml} is {@code dev}), if it is a stack file. */
    static Optional<String> stackOf(String source) {
        Matcher m = STACK_FILE.matcher(source);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
