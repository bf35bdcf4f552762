package io.slipway.addons.dns;

import static io.slipway.addons.Fixtures.at;
import static io.slipway.addons.Fixtures.json;
import static io.slipway.addons.Fixtures.statement;
import static io.slipway.addons.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.Fixtures;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.offline.OfflineResult;
import java.util.List;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class ExternalDnsTest {

    static OfflineResult run(EnvironmentContext env) {
        return Fixtures.run(env, cluster -> new ExternalDns("dev-blue-external-dns", new AddonArgs(cluster, Fixtures.LOCK), Fixtures.noOptions()));
    }

    @Test
    void awsIsLimitedToTheEnvironmentsZoneAndOwnsRecordsAsTheSlot() {
        // GIVEN an AWS environment with the default policy WHEN external-dns is built
        var result = run(Fixtures.aws("dev", ""));

        // THEN it looks only at the environment's domain and zone, upserts only, and owns records as the slot
        var values = values(result.single(Fixtures.RELEASE));
        assertThat(at(values, "provider", "name")).isEqualTo("aws");
        assertThat(at(values, "domainFilters")).isEqualTo(List.of("dev.example.com"));
        assertThat((List<Object>) at(values, "extraArgs")).contains("--zone-id-filter=Z0123456789ABC");
        assertThat(at(values, "policy")).isEqualTo("upsert-only");
        assertThat(at(values, "txtOwnerId")).isEqualTo("blue");
        // AND its role can change records of that zone only
        var policy = json(result.single("aws:iam/rolePolicy:RolePolicy").require("policy"));
        assertThat(statement(policy, "ChangeEnvironmentZone").get("Resource").asText()).isEqualTo(Fixtures.ZONE_ARN);
        assertThat(statement(policy, "FindZones").get("Action").asText()).isEqualTo("route53:ListHostedZones");
    }

    @Test
    void anEphemeralChildOwnsItsRecordsUnderItsClusterNameNotTheSlotItsParentUses() throws Exception {
        // GIVEN a child of dev whose slot is also called blue, writing into dev's zone under dev's domain
        var tree = new ObjectMapper(new YAMLFactory())
                .readTree(Fixtures.AWS.formatted("dev", "externalDns: {policy: sync}").replace("domain: dev.example.com",
                        "domain: jane.dev.example.com") + "ephemeral: {parent: dev, owner: jane@example.com, "
                        + "createdAt: \"2026-11-30T09:00:00Z\", expiresAt: \"2026-11-30T17:00:00Z\"}\n");
        var child = new EnvironmentContext("jane", new EnvironmentLoader().fromTree(tree, "test.yaml").spec());

        // WHEN external-dns is built for the child and for the parent
        var childValues = values(run(child).single(Fixtures.RELEASE));
        var parentValues = values(run(Fixtures.aws("dev", "externalDns: {policy: sync}")).single(Fixtures.RELEASE));

        // THEN the owner ids differ: the parent's sync, whose domain filter covers the child's names, leaves
        // the child's records alone (external-dns deletes only records whose TXT owner is its own)
        assertThat(at(childValues, "txtOwnerId")).isEqualTo("jane-blue");
        assertThat(at(parentValues, "txtOwnerId")).isEqualTo("blue");
        assertThat(at(childValues, "domainFilters")).isEqualTo(List.of("jane.dev.example.com"));
    }

    @Test
    void gcpGetsAZoneLevelGrantAndOnlyZoneListingInTheProject() {
        // GIVEN a GCP environment that syncs records WHEN external-dns is built
        var result = run(Fixtures.gcp("dev", "externalDns: {policy: sync}"));

        // THEN the Google provider is filtered to the project and zone, and syncs
        var values = values(result.single(Fixtures.RELEASE));
        assertThat(at(values, "provider", "name")).isEqualTo("google");
        assertThat((List<Object>) at(values, "extraArgs")).contains("--zone-id-filter=dev-zone", "--google-project=acme-dev");
        assertThat(at(values, "policy")).isEqualTo("sync");
        // AND a record-writing custom role is granted on the environment's zone, not the project; the
        // project role only lists zones
        var zoneGrant = result.single("gcp:dns/dnsManagedZoneIamMember:DnsManagedZoneIamMember");
        assertThat(zoneGrant.require("managedZone")).isEqualTo("dev-zone");
        assertThat(zoneGrant.require("role")).isEqualTo("projects/acme-dev/roles/slipway_dev_blue_extdns_zone_records");
        var zoneRole = result.named("gcp:projects/iAMCustomRole:IAMCustomRole", "dev-blue-external-dns-zone-records");
        assertThat(zoneRole.require("roleId")).isEqualTo("slipway_dev_blue_extdns_zone_records");
        assertThat(zoneRole.require("permissions")).isEqualTo(List.of("dns.changes.create", "dns.changes.get", "dns.changes.list",
                "dns.resourceRecordSets.create", "dns.resourceRecordSets.delete", "dns.resourceRecordSets.get",
                "dns.resourceRecordSets.list", "dns.resourceRecordSets.update"));
        assertThat(zoneGrant.dependencies()).contains(zoneRole.urn());
        assertThat(result.named("gcp:projects/iAMCustomRole:IAMCustomRole", "dev-blue-external-dns").require("permissions"))
                .isEqualTo(List.of("dns.managedZones.list"));
        assertThat(at(values, "serviceAccount", "annotations", "iam.gke.io/gcp-service-account"))
                .isEqualTo("dev-blue-extdns@acme-dev.iam.gserviceaccount.com");
    }
}
