package io.slipway.model.validation.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentFixture;
import org.junit.jupiter.api.Test;

class RegionRuleTest {
    @Test
    void aRegionOutsideTheCatalogIsRefusedWithWhereToAddIt() {
        // GIVEN a well-formed region Slipway does not ship, and one it does
        var unknown = EnvironmentFixture.aws().set("region", "xx-north-9");
        var known = EnvironmentFixture.aws().set("region", "us-east-2");
        // WHEN / THEN
        unknown.assertProblem("region", "'xx-north-9' is not a region Slipway supports on aws; supported: ");
        unknown.assertProblem("region", "components/src/main/resources/io/slipway/model/regions.csv");
        known.assertValid();
    }

    @Test
    void moreZonesThanTheRegionHasAreCaughtBeforeTheProgramRuns() {
        // GIVEN 4 zones in eu-west-1 (3 zones), and 6 in us-east-1 (6 zones)
        var tooMany = EnvironmentFixture.aws().set("network.zones", "4");
        var fits = EnvironmentFixture.aws().set("region", "us-east-1").set("network.zones", "6");
        // WHEN / THEN
        tooMany.assertProblem("network.zones", "4 zones, but eu-west-1 has 3; set network.zones to at most 3");
        assertThat(fits.assertValid().spec().network().zones()).isEqualTo(6);
    }

    @Test
    void eksNeedsTwoZones() {
        EnvironmentFixture.aws().set("network.zones", "1").assertProblem("network.zones", "EKS needs subnets in at least 2 zones");
        EnvironmentFixture.aws().set("network.zones", "2").assertValid();
    }

    @Test
    void aZonalGkeClusterNeedsAZoneTheRegionHas() {
        // GIVEN europe-west1-a, which does not exist, and europe-west1-d, which does
        var missing = EnvironmentFixture.gcp().set("gcp.zone", "europe-west1-a");
        var real = EnvironmentFixture.gcp().set("gcp.zone", "europe-west1-d");
        // WHEN / THEN the real zones are listed
        missing.assertProblem("gcp.zone", "'europe-west1-a' is not a zone of europe-west1; its zones are europe-west1-b, "
                + "europe-west1-c, europe-west1-d");
        real.assertValid();
    }

    @Test
    void anExistingVpcNeedsTwoDistinctPrivateSubnetsAndNoSubnetTwice() {
        // GIVEN one subnet listed twice, and a public subnet that is also private
        var duplicated = EnvironmentFixture.aws().set("aws.existingVpc",
                "{vpcId: vpc-0a1b2c3d, privateSubnetIds: [subnet-0123abcd, subnet-0123abcd], publicSubnetIds: [subnet-0123abcd]}");
        var fine = EnvironmentFixture.aws().set("aws.existingVpc",
                "{vpcId: vpc-0a1b2c3d, privateSubnetIds: [subnet-0123abcd, subnet-89abcdef]}");
        // WHEN
        var problems = duplicated.problems();
        // THEN
        EnvironmentFixture.assertHasProblem(problems, "aws.existingVpc.privateSubnetIds[1]", "'subnet-0123abcd' is listed twice");
        EnvironmentFixture.assertHasProblem(problems, "aws.existingVpc.privateSubnetIds", "1 distinct private subnet; EKS needs "
                + "private subnets in at least 2 zones");
        EnvironmentFixture.assertHasProblem(problems, "aws.existingVpc.publicSubnetIds[0]", "is also a private subnet");
        fine.assertValid();
    }

    @Test
    void theCatalogListsEveryRegionTheShippedEnvironmentsUse() {
        assertThat(RegionCatalog.shipped().zonesOf(Cloud.AWS, "eu-west-1")).contains(java.util.List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"));
        assertThat(RegionCatalog.shipped().zonesOf(Cloud.GCP, "europe-west1").orElseThrow()).doesNotContain("europe-west1-a");
        assertThat(RegionCatalog.shipped().zonesOf(Cloud.GCP, "eu-west-1")).isEmpty();
    }
}
