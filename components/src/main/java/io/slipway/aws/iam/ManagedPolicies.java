package io.slipway.aws.iam;

import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;

/** Attaches AWS managed policies by name, so the ARN's partition follows the account (aws, aws-cn, aws-us-gov). */
final class ManagedPolicies {
    private ManagedPolicies() {}

    /** The ARN of an AWS managed policy such as {@code AmazonEKSClusterPolicy} or {@code service-role/...}. */
    static Output<String> arn(Output<String> partition, String policyName) {
        return partition.applyValue(p -> "arn:" + p + ":iam::aws:policy/" + policyName);
    }

    static RolePolicyAttachment attach(String roleLogicalName, Output<String> roleName, Output<String> partition,
                                       String policyName, Resource parent) {
        return new RolePolicyAttachment(roleLogicalName + "-" + policyName.substring(policyName.lastIndexOf('/') + 1),
                RolePolicyAttachmentArgs.builder()
                        .role(roleName)
                        .policyArn(arn(partition, policyName))
                        .build(),
                CustomResourceOptions.builder().parent(parent).build());
    }

    /** Attaches each of {@code policyNames}, in order; see {@link #attach}. */
    static void attachAll(String roleLogicalName, Output<String> roleName, Output<String> partition,
                          List<String> policyNames, Resource parent) {
        for (String policyName : policyNames) {
            attach(roleLogicalName, roleName, partition, policyName, parent);
        }
    }
}
