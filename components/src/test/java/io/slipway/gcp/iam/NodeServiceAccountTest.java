package io.slipway.gcp.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.gcp.GcpTestbed;
import io.slipway.offline.RegisteredResource;
import org.junit.jupiter.api.Test;

class NodeServiceAccountTest {
    @Test
    void dedicatedAccountWithExactlyTheFiveNodeRoles() {
        // GIVEN the base environment WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec()).result();

        // THEN the nodes get their own account, not the Compute default
        var account = result.single("gcp:serviceaccount/account:Account");
        assertThat(account.require("accountId")).isEqualTo("dev-blue-nodes");
        assertThat(account.require("project")).isEqualTo("acme-platform-dev");
        // AND exactly five project roles, all for that account and nothing broader
        var grants = result.ofType("gcp:projects/iAMMember:IAMMember");
        assertThat(grants).extracting(g -> g.require("role")).containsExactlyInAnyOrder(
                "roles/logging.logWriter", "roles/monitoring.metricWriter", "roles/monitoring.viewer",
                "roles/stackdriver.resourceMetadata.writer", "roles/artifactregistry.reader");
        assertThat(grants).allSatisfy(g -> {
            assertThat(g.require("member")).isEqualTo("serviceAccount:dev-blue-nodes@acme-platform-dev.iam.gserviceaccount.com");
            assertThat(g.require("project")).isEqualTo("acme-platform-dev");
            assertThat(g.input("condition")).isEmpty();
        });
        assertThat(grants).extracting(RegisteredResource::parent)
                .containsOnly(result.single(NodeServiceAccount.TYPE).urn());
    }

    @Test
    void accountIdsFitGcpLimitsAndKeepTheSlot() {
        // GIVEN a long environment name
        // WHEN the node account ids of its two slots are derived
        String blue = NodeServiceAccountArgs.accountIdFor("customer-analytics-staging-blue");
        String green = NodeServiceAccountArgs.accountIdFor("customer-analytics-staging-green");

        // THEN they fit in 30 characters, end in the slot and differ
        assertThat(blue).hasSizeLessThanOrEqualTo(30).endsWith("-blue-nodes");
        assertThat(green).hasSizeLessThanOrEqualTo(30).endsWith("-green-nodes");
        assertThat(NodeServiceAccountArgs.accountIdFor("dev-blue")).isEqualTo("dev-blue-nodes");
    }

    @Test
    void invalidAccountIdIsRefusedWithTheRule() {
        // GIVEN an account id with upper-case letters WHEN args are built THEN the message says what is valid
        assertThatThrownBy(() -> new NodeServiceAccountArgs("acme", "Dev_Nodes"))
                .hasMessageContaining("Dev_Nodes").hasMessageContaining("6-30 lower-case letters");
    }
}
