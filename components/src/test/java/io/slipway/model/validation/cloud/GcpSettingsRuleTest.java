package io.slipway.model.validation.cloud;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class GcpSettingsRuleTest {
    @Test
    void projectIdsFollowGcpRules() {
        // GIVEN a too-short id, one with upper case, one starting with a digit and one ending with a hyphen
        for (String bad : List.of("acme", "Acme-platform", "1acme-platform", "acme-platform-")) {
            // WHEN / THEN each is refused
            EnvironmentFixture.gcp().set("gcp.project", "'" + bad + "'")
                    .assertProblem("gcp.project", "'" + bad + "' is not a GCP project id; 6 to 30 lower-case letters");
        }
    }

    @Test
    void regionAndZoneMustBeGcpNamesAndTheZoneInTheRegion() {
        // GIVEN an AWS-style region and a zone of another region
        var badRegion = EnvironmentFixture.gcp().set("region", "eu-west-1").remove("gcp.zone");
        var otherZone = EnvironmentFixture.gcp().set("gcp.zone", "us-central1-a");
        var badZone = EnvironmentFixture.gcp().set("gcp.zone", "europe-west1");
        // WHEN / THEN
        badRegion.assertProblem("region", "'eu-west-1' is not a GCP region name; expected e.g. europe-west1");
        otherZone.assertProblem("gcp.zone", "zone 'us-central1-a' is not in region 'europe-west1'");
        badZone.assertProblem("gcp.zone", "'europe-west1' is not a GCP zone name");
    }

    @Test
    void aZonalClusterNeedsItsZone() {
        // GIVEN zonal mode without a zone
        var fixture = EnvironmentFixture.gcp().remove("gcp.zone");
        // WHEN / THEN it is refused: zones differ per region, so Slipway does not guess one
        fixture.assertProblem("gcp.zone", "missing: a zonal cluster needs its zone, e.g. europe-west1-b");
    }

    @Test
    void aZoneNeedsZonalMode() {
        // GIVEN a zone with the regional mode
        var fixture = EnvironmentFixture.gcp().set("gcp.locationMode", "regional");
        // WHEN / THEN
        fixture.assertProblem("gcp.zone", "a zone is set but locationMode is regional");
    }

    @Test
    void clusterSettingsTakeTheirGkeValues() {
        // GIVEN a lower-case channel, a 25:00 window and an unknown profile
        var fixture = EnvironmentFixture.gcp()
                .set("gcp.releaseChannel", "regular")
                .set("gcp.maintenanceStartTime", "'25:00'")
                .set("gcp.autoscalingProfile", "FAST");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each lists what is valid
        assertHasProblem(problems, "gcp.releaseChannel", "invalid value 'regular'; valid: RAPID, REGULAR, STABLE");
        assertHasProblem(problems, "gcp.maintenanceStartTime", "'25:00' is not a time of day; expected HH:MM");
        assertHasProblem(problems, "gcp.autoscalingProfile", "valid: BALANCED, OPTIMIZE_UTILIZATION");
    }

    @Test
    void anExistingNetworkNeedsValidNamesInTheRegion() {
        // GIVEN a subnet self link in another region and a range name with upper case
        var fixture = EnvironmentFixture.gcp().set("gcp.existingNetwork", """
                {network: shared-vpc, subnetwork: projects/host-project/regions/us-east1/subnetworks/gke,
                 podsRangeName: Pods, servicesRangeName: services}
                """);
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN both are reported
        assertHasProblem(problems, "gcp.existingNetwork.subnetwork", "subnetwork is in region 'us-east1', not the environment's 'europe-west1'");
        assertHasProblem(problems, "gcp.existingNetwork.podsRangeName", "'Pods' is not a secondary range name");
    }

    @Test
    void theRbacSecurityGroupIsGkeSecurityGroupsOfADomain() {
        // GIVEN a group of another name, and the right name without a domain
        // WHEN / THEN each is refused with the expected form
        for (String bad : new String[] {"platform-admins@example.com", "gke-security-groups", "gke-security-groups@example"}) {
            EnvironmentFixture.gcp().set("gcp.rbacSecurityGroup", bad)
                    .assertProblem("gcp.rbacSecurityGroup", "'" + bad + "' is not a Google Groups for RBAC security group; "
                            + "GKE requires gke-security-groups@<your domain>");
        }
        // AND gke-security-groups@<domain> loads
        EnvironmentFixture.gcp().set("gcp.rbacSecurityGroup", "gke-security-groups@acme.example.com").assertValid();
    }

    @Test
    void validGcpSettingsLoad() {
        // GIVEN a regional cluster on an existing network given by self links, with explicit settings
        var fixture = EnvironmentFixture.gcp().remove("gcp.zone").set("gcp.locationMode", "regional")
                .set("gcp.releaseChannel", "STABLE").set("gcp.maintenanceStartTime", "'23:30'").set("gcp.autoscalingProfile", "BALANCED")
                .set("gcp.existingNetwork", """
                        {network: projects/host-project/global/networks/shared-vpc,
                         subnetwork: projects/host-project/regions/europe-west1/subnetworks/gke,
                         podsRangeName: pods, servicesRangeName: services}
                        """);
        // WHEN / THEN it loads
        assertThat(fixture.assertValid().spec().gcp().existingNetwork().podsRangeName()).isEqualTo("pods");
    }
}
