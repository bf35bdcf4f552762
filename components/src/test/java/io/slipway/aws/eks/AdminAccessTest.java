package io.slipway.aws.eks;

import static io.slipway.aws.cluster.AwsClusterFixture.DEV;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminAccessTest {
    private static OfflineResult plan(List<String> adminRoleArns) {
        var args = new AdminAccessArgs(environment(DEV), "blue", Output.of("dev-blue"), adminRoleArns, Output.of("aws"));
        return OfflineEngine.run("dev", MOCKS, ctx -> new AdminAccess("dev-blue-admins", args, ComponentResourceOptions.builder().build()));
    }

    @Test
    void eachAdminRoleGetsAnAccessEntryWithClusterScopedAdminPolicy() {
        // GIVEN two admin roles, one with a path
        String platform = "arn:aws:iam::123456789012:role/platform-admin";
        String breakGlass = "arn:aws:iam::123456789012:role/emergency/break-glass";

        // WHEN admin access is registered
        var result = plan(List.of(platform, breakGlass));

        // THEN each role has a standard access entry on the cluster, tagged
        assertThat(result.errors()).isEmpty();
        var entries = result.ofType("aws:eks/accessEntry:AccessEntry");
        assertThat(entries).extracting(e -> e.require("principalArn")).containsExactlyInAnyOrder(platform, breakGlass);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.require("clusterName")).isEqualTo("dev-blue");
            assertThat(e.require("type")).isEqualTo("STANDARD");
            assertThat(e.require("tags.slipway:component")).isEqualTo("admin-access");
        });
        // AND each is associated with the cluster admin access policy at cluster scope, after its entry
        var associations = result.ofType("aws:eks/accessPolicyAssociation:AccessPolicyAssociation");
        assertThat(associations).extracting(a -> a.require("principalArn")).containsExactlyInAnyOrder(platform, breakGlass);
        assertThat(associations).allSatisfy(a -> {
            assertThat(a.require("policyArn")).isEqualTo("arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy");
            assertThat(a.require("accessScope")).isEqualTo(Map.of("type", "cluster"));
        });
        var platformEntry = result.named("aws:eks/accessEntry:AccessEntry", "dev-blue-admins-platform-admin");
        assertThat(result.named("aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "dev-blue-admins-platform-admin")
                .dependencies()).contains(platformEntry.urn());
    }

    @Test
    void noAdminRolesRegisterNoEntries() {
        // GIVEN no admin roles WHEN admin access is registered THEN no entry grants anything
        var result = plan(List.of());
        assertThat(result.errors()).isEmpty();
        assertThat(result.ofType("aws:eks/accessEntry:AccessEntry")).isEmpty();
    }

    @Test
    void somethingOtherThanARoleArnIsRefused() {
        // GIVEN a user ARN WHEN admin access is registered THEN it is refused, naming the ARN and the expected form
        var result = plan(List.of("arn:aws:iam::123456789012:user/alice"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("'arn:aws:iam::123456789012:user/alice' is not an IAM role ARN"));
        assertThat(result.ofType("aws:eks/accessEntry:AccessEntry")).isEmpty();
    }
}
