package io.slipway.addons.certificates;

import static io.slipway.addons.Fixtures.at;
import static io.slipway.addons.Fixtures.json;
import static io.slipway.addons.Fixtures.statement;
import static io.slipway.addons.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.addons.AddonArgs;
import io.slipway.addons.Fixtures;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertManagerTest {
    static final String ISSUER = "kubernetes:cert-manager.io/v1:ClusterIssuer";

    static OfflineResult run(EnvironmentContext env) {
        return Fixtures.run(env, cluster -> new CertManager("dev-blue-cert-manager", new AddonArgs(cluster, Fixtures.LOCK), Fixtures.noOptions()));
    }

    @Test
    void awsInstallsCrdsAndIssuersSolvingDns01InRoute53() {
        // GIVEN an AWS environment WHEN cert-manager is built
        var result = run(Fixtures.aws("dev", ""));

        // THEN the chart installs (and keeps) its CRDs
        var release = result.single(Fixtures.RELEASE);
        var values = values(release);
        assertThat(at(values, "crds", "enabled")).isEqualTo(true);
        assertThat(at(values, "crds", "keep")).isEqualTo(true);
        // AND a staging and a production ClusterIssuer, created after the release, answer DNS-01 in the environment's zone
        var issuers = result.ofType(ISSUER);
        assertThat(issuers).extracting(i -> i.require("metadata.name")).containsExactly("letsencrypt-production", "letsencrypt-staging");
        assertThat(issuers).allSatisfy(issuer -> {
            assertThat(issuer.dependencies()).contains(release.urn());
            assertThat(issuer.require("spec.acme.email")).isEqualTo("platform@example.com");
            assertThat(issuer.require("spec.acme.solvers.0.dns01.route53.hostedZoneID")).isEqualTo("Z0123456789ABC");
            assertThat(issuer.require("spec.acme.solvers.0.selector.dnsZones")).isEqualTo(List.of("dev.example.com"));
        });
        assertThat(result.named(ISSUER, "dev-blue-cert-manager-letsencrypt-staging").require("spec.acme.server"))
                .isEqualTo("https://acme-staging-v02.api.letsencrypt.org/directory");
        // AND its role writes only TXT challenge records of that zone
        var policy = json(result.single("aws:iam/rolePolicy:RolePolicy").require("policy"));
        var write = statement(policy, "WriteChallengeRecords");
        assertThat(write.get("Resource").asText()).isEqualTo(Fixtures.ZONE_ARN);
        assertThat(write.at("/Condition/ForAllValues:StringEquals/route53:ChangeResourceRecordSetsRecordTypes").asText()).isEqualTo("TXT");
        assertThat((String) at(values, "serviceAccount", "annotations", "eks.amazonaws.com/role-arn")).startsWith("arn:aws:iam::");
    }

    @Test
    void gcpSolvesInCloudDnsWithAZoneLevelGrant() {
        // GIVEN a GCP environment WHEN cert-manager is built
        var result = run(Fixtures.gcp("dev", ""));

        // THEN the issuers use Cloud DNS in the environment's zone, with record writing granted on that zone only
        assertThat(result.ofType(ISSUER)).hasSize(2).allSatisfy(issuer ->
                assertThat(issuer.require("spec.acme.solvers.0.dns01.cloudDNS.hostedZoneName")).isEqualTo("dev-zone"));
        var zoneGrant = result.single("gcp:dns/dnsManagedZoneIamMember:DnsManagedZoneIamMember");
        assertThat(zoneGrant.require("managedZone")).isEqualTo("dev-zone");
        assertThat(zoneGrant.require("role")).isEqualTo("projects/acme-dev/roles/slipway_dev_blue_certs_zone_records");
        // AND that role holds record-set and change permissions only: no zone, DNSSEC or IAM settings
        var role = result.single("gcp:projects/iAMCustomRole:IAMCustomRole");
        assertThat((List<?>) role.require("permissions")).allSatisfy(p ->
                assertThat(p.toString()).matches("dns\\.(changes|resourceRecordSets)\\.\\w+"));
        assertThat((List<Object>) role.require("permissions")).contains("dns.changes.create", "dns.resourceRecordSets.create",
                "dns.resourceRecordSets.delete", "dns.resourceRecordSets.list");
        assertThat(result.ofType("gcp:projects/iAMMember:IAMMember")).isEmpty();
        assertThat(at(values(result.single(Fixtures.RELEASE)), "serviceAccount", "annotations", "iam.gke.io/gcp-service-account"))
                .isEqualTo("dev-blue-certs@acme-dev.iam.gserviceaccount.com");
    }
}
