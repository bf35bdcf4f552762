package io.slipway.model.validation.cloud;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.cloud.AwsSpec;
import io.slipway.model.network.ExistingVpcSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * AWS names: the region ({@code eu-west-1}), admin roles as IAM role ARNs (EKS access entries take
 * roles, not users or wildcards), and the ids of an existing VPC and its subnets.
 */
public final class AwsSettingsRule implements ModelRule {
    static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");
    public static final Pattern ROLE_ARN = Pattern.compile("arn:aws(-cn|-us-gov)?:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern VPC_ID = Pattern.compile("vpc-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern SUBNET_ID = Pattern.compile("subnet-([0-9a-f]{8}|[0-9a-f]{17})");

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        if (spec.cloud() != Cloud.AWS) {
            return;
        }
        if (spec.region() != null && !REGION.matcher(spec.region()).matches()) {
            findings.error("region", Echo.quote(spec.region())
                    + " is not an AWS region name; expected e.g. eu-west-1 or us-east-2");
        }
        AwsSpec aws = spec.aws();
        if (aws == null) {
            return;
        }
        List<String> arns = aws.adminRoleArns();
        for (int i = 0; i < arns.size(); i++) {
            if (!ROLE_ARN.matcher(arns.get(i)).matches()) {
                findings.error(KeyPaths.element("aws.adminRoleArns", i), Echo.quote(arns.get(i))
                        + " is not an IAM role ARN; expected arn:aws:iam::<12-digit account>:role/<name>");
            }
        }
        ExistingVpcSpec vpc = aws.existingVpc();
        if (vpc != null) {
            if (vpc.vpcId() != null && !VPC_ID.matcher(vpc.vpcId()).matches()) {
                findings.error("aws.existingVpc.vpcId", Echo.quote(vpc.vpcId())
                        + " is not a VPC id; expected vpc- and 8 or 17 hex digits");
            }
            if (vpc.privateSubnetIds().isEmpty()) {
                findings.error("aws.existingVpc.privateSubnetIds", "no private subnet; list one per zone");
            }
            checkSubnets(vpc.privateSubnetIds(), "aws.existingVpc.privateSubnetIds", findings);
            checkSubnets(vpc.publicSubnetIds(), "aws.existingVpc.publicSubnetIds", findings);
        }
    }

    private static void checkSubnets(List<String> ids, String path, Findings findings) {
        for (int i = 0; i < ids.size(); i++) {
            if (!SUBNET_ID.matcher(ids.get(i)).matches()) {
                findings.error(KeyPaths.element(path, i), Echo.quote(ids.get(i))
                        + " is not a subnet id; expected subnet- and 8 or 17 hex digits");
            }
        }
    }
}
