package io.slipway.model.validation.cloud;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsSettingsRuleTest {
    @Test
    void regionRolesAndVpcIdsMustBeAwsNames() {
        // GIVEN a GCP-style region, a user ARN, and malformed VPC and subnet ids
        var fixture = EnvironmentFixture.aws()
                .set("region", "europe-west1")
                .set("aws.adminRoleArns", "[arn:aws:iam::333344445555:user/alice]")
                .set("aws.existingVpc", "{vpcId: vpc-xyz, privateSubnetIds: [subnet-0123abcd, sub-1]}");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each is reported with the valid form
        assertHasProblem(problems, "region", "'europe-west1' is not an AWS region name; expected e.g. eu-west-1");
        assertHasProblem(problems, "aws.adminRoleArns[0]", "is not an IAM role ARN; expected arn:aws:iam::<12-digit account>:role/<name>");
        assertHasProblem(problems, "aws.existingVpc.vpcId", "'vpc-xyz' is not a VPC id");
        assertHasProblem(problems, "aws.existingVpc.privateSubnetIds[1]", "'sub-1' is not a subnet id");
    }

    @Test
    void anExistingVpcNeedsPrivateSubnets() {
        // GIVEN an existing VPC with an empty private subnet list
        var fixture = EnvironmentFixture.aws().set("aws.existingVpc", "{vpcId: vpc-0a1b2c3d4e5f60718, privateSubnetIds: []}");
        // WHEN / THEN
        fixture.assertProblem("aws.existingVpc.privateSubnetIds", "no private subnet; list one per zone");
    }

    @Test
    void validAwsSettingsLoad() {
        // GIVEN a GovCloud region, a role with a path, and a complete existing VPC
        var fixture = EnvironmentFixture.aws()
                .set("region", "us-gov-west-1")
                .set("aws.adminRoleArns", "[arn:aws-us-gov:iam::333344445555:role/admins/platform]")
                .set("aws.existingVpc", "{vpcId: vpc-0a1b2c3d4e5f60718, privateSubnetIds: [subnet-0123abcd, subnet-0a1b2c3d4e5f60718], publicSubnetIds: [subnet-89abcdef]}");
        // WHEN / THEN it loads
        assertThat(fixture.assertValid().spec().aws().existingVpc().privateSubnetIds()).hasSize(2);
    }
}
