package io.slipway.aws.kms;

import com.pulumi.core.Output;
import io.slipway.aws.iam.PolicyStatement;

/**
 * Identity-policy statements for an IAM role that uses one KMS key (where {@link KeyPolicy} is
 * about the key's own policy): the data-key operations, and grants that only AWS services may
 * hold, which is how EKS and EC2 hand the key to their own encryption machinery.
 */
public final class KeyUse {
    private KeyUse() {}

    /** Encrypt, decrypt and the data-key calls of envelope encryption, on this key only. */
    public static PolicyStatement operations(String sid, Output<String> keyArn) {
        return PolicyStatement.allow(sid, KeyPolicy.USE_ACTIONS.toArray(String[]::new)).resources(keyArn);
    }

    /** CreateGrant on this key, only for grants to AWS resources, never to another principal. */
    public static PolicyStatement grantsForAwsResources(String sid, Output<String> keyArn) {
        return PolicyStatement.allow(sid, "kms:CreateGrant").resources(keyArn)
                .condition("Bool", "kms:GrantIsForAWSResource", "true");
    }
}
