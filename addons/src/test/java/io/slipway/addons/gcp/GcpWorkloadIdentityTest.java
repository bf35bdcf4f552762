package io.slipway.addons.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.addons.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class GcpWorkloadIdentityTest {

    @Test
    void onlyTheNamedKubernetesServiceAccountMayImpersonate() {
        // GIVEN an identity for velero/velero with one project-level permission
        var result = Fixtures.run(Fixtures.gcp("dev", ""), cluster -> new GcpWorkloadIdentity("dev-blue-velero",
                new GcpWorkloadIdentityArgs(cluster, "velero", "velero", "velero", List.of("compute.snapshots.get")), Fixtures.noOptions()));

        // THEN the account is bound to exactly serviceAccount:<pool>[velero/velero] on the account itself
        var account = result.single("gcp:serviceaccount/account:Account");
        assertThat(account.require("accountId")).isEqualTo("dev-blue-velero");
        assertThat(account.require("project")).isEqualTo("acme-dev");
        var binding = result.single("gcp:serviceaccount/iAMMember:IAMMember");
        assertThat(binding.require("role")).isEqualTo("roles/iam.workloadIdentityUser");
        assertThat(binding.require("member")).isEqualTo("serviceAccount:acme-dev.svc.id.goog[velero/velero]");
        assertThat(binding.require("serviceAccountId")).isEqualTo("projects/acme-dev/serviceAccounts/dev-blue-velero@acme-dev.iam.gserviceaccount.com");
        // AND the project grant is a custom role holding just that permission
        var role = result.single("gcp:projects/iAMCustomRole:IAMCustomRole");
        assertThat(role.require("permissions")).isEqualTo(List.of("compute.snapshots.get"));
        var grant = result.single("gcp:projects/iAMMember:IAMMember");
        assertThat(grant.require("role")).isEqualTo("projects/acme-dev/roles/slipway_dev_blue_velero");
        assertThat(grant.require("member")).isEqualTo("serviceAccount:dev-blue-velero@acme-dev.iam.gserviceaccount.com");
    }

    @Test
    void noProjectPermissionsMeansNoProjectGrant() {
        // GIVEN / WHEN an identity without project permissions THEN nothing is granted on the project
        var result = Fixtures.run(Fixtures.gcp("dev", ""), cluster -> new GcpWorkloadIdentity("x",
                new GcpWorkloadIdentityArgs(cluster, "certs", "cert-manager", "cert-manager", List.of()), Fixtures.noOptions()));
        assertThat(result.ofType("gcp:projects/iAMMember:IAMMember")).isEmpty();
        assertThat(result.ofType("gcp:projects/iAMCustomRole:IAMCustomRole")).isEmpty();
    }

    @Test
    void longNamesAreShortenedAndWildcardsRefused() {
        // GIVEN a long cluster name THEN the account id stays within GCP's 30 characters and keeps the component
        String id = GcpWorkloadIdentity.accountId("feature-login-redesign-green", "extdns");
        assertThat(id).hasSizeLessThanOrEqualTo(30).endsWith("-extdns");
        assertThat(GcpWorkloadIdentity.accountId("feature-login-redesign-green", "extdns")).isEqualTo(id);
        // AND a wildcard permission is refused
        Fixtures.run(Fixtures.gcp("dev", ""), cluster -> assertThatThrownBy(() ->
                new GcpWorkloadIdentityArgs(cluster, "velero", "velero", "velero", List.of("compute.*")))
                .hasMessageContaining("wildcard"));
    }
}
