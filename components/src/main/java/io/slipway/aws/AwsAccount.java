package io.slipway.aws;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.aws.outputs.GetPartitionResult;
import com.pulumi.core.Output;

/**
 * The account, partition and region resources are built in: what resource and key policies need to
 * name principals and ARNs exactly instead of with wildcards.
 *
 * @param id        the 12-digit account id, from {@code getCallerIdentity}
 * @param partition {@code aws}, {@code aws-cn} or {@code aws-us-gov}, from {@code getPartition}
 * @param region    the region of the environment ({@code eu-west-1})
 */
public record AwsAccount(Output<String> id, Output<String> partition, String region) {

    /** Asks the provider which account and partition its credentials belong to. */
    public static AwsAccount lookup(String region) {
        return new AwsAccount(
                AwsFunctions.getCallerIdentity().applyValue(GetCallerIdentityResult::accountId),
                AwsFunctions.getPartition().applyValue(GetPartitionResult::partition),
                region);
    }

    /** {@code arn:<partition>:<service>:<region>:<account>:<resource>}; pass "" for global services' region. */
    public Output<String> arn(String service, String arnRegion, String resource) {
        return Output.tuple(partition, id).applyValue(t -> "arn:" + t.t1 + ":" + service + ":" + arnRegion + ":" + t.t2 + ":" + resource);
    }

    /** The account itself as a policy principal: delegates to the account's IAM policies. */
    public Output<String> rootArn() {
        return arn("iam", "", "root");
    }
}
