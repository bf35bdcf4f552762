package io.slipway.model.validation.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EphemeralRuleTest {
    private static final String CHILD =
            "{parent: dev, owner: jane@example.com, createdAt: '2026-11-30T09:00:00Z', expiresAt: '2026-11-30T17:00:00Z'}";

    @Test
    void aChildWithOwnerAndExpiryLoadsAndKnowsWhenItExpires() {
        // GIVEN an ephemeral block
        var spec = EnvironmentFixture.aws().set("ephemeral", CHILD).assertValid().spec();
        // WHEN / THEN it loads, and is expired exactly from expiresAt on
        assertThat(spec.isEphemeral()).isTrue();
        assertThat(spec.ephemeral().expiredAt(Instant.parse("2026-11-30T16:59:59Z"))).contains(false);
        assertThat(spec.ephemeral().expiredAt(Instant.parse("2026-11-30T17:00:00Z"))).contains(true);
        // AND an expiry that is no instant, as an unvalidated block may hold, is unknown rather than an exception
        assertThat(spec.ephemeral().withExpiresAt(Instant.EPOCH).expiredAt(Instant.EPOCH)).contains(true);
        assertThat(new io.slipway.model.ephemeral.EphemeralSpec("dev", "a@b.c", "x", "next tuesday").expiredAt(Instant.EPOCH)).isEmpty();
    }

    @Test
    void aMisstatedChildIsRefusedWithEveryProblem() {
        // GIVEN an owner that is no address, and an expiry before the creation
        var fixture = EnvironmentFixture.aws().set("ephemeral",
                "{parent: dev, owner: jane, createdAt: '2026-11-30T09:00:00Z', expiresAt: '2026-11-30T08:00:00Z'}");
        // WHEN / THEN both are reported with their keys
        var problems = fixture.problems();
        EnvironmentFixture.assertHasProblem(problems, "ephemeral.owner", "'jane' is not an e-mail address");
        EnvironmentFixture.assertHasProblem(problems, "ephemeral.expiresAt", "is not after ephemeral.createdAt");
    }

    @Test
    void aChildWithoutOwnerIsRefusedNamingTheKey() {
        EnvironmentFixture.aws().set("ephemeral", "{parent: dev, createdAt: '2026-11-30T09:00:00Z', expiresAt: 'soon'}")
                .assertProblem("ephemeral.owner", "");
    }

    @Test
    void aParentsPolicyNeedsValidTimesToLiveWithinEachOtherAndAPositiveCap() {
        var problems = EnvironmentFixture.aws().set("ephemeralPolicy", "{defaultTtl: 4d, maxTtl: 72h, maxEnvironments: 0}").problems();
        EnvironmentFixture.assertHasProblem(problems, "ephemeralPolicy.defaultTtl", "'4d' is longer than ephemeralPolicy.maxTtl '72h'");
        EnvironmentFixture.assertHasProblem(problems, "ephemeralPolicy.maxEnvironments", "outside 1..100");
        EnvironmentFixture.aws().set("ephemeralPolicy", "{maxTtl: 3 days}").assertProblem("ephemeralPolicy.maxTtl", "not a time to live");
    }

    @Test
    void aChildCannotHaveChildrenOfItsOwn() {
        EnvironmentFixture.aws().set("ephemeral", CHILD).set("ephemeralPolicy", "{maxEnvironments: 2}")
                .assertProblem("ephemeralPolicy", "an ephemeral environment cannot have ephemeral children");
    }

    @Test
    void aStandbyAndAClaimedStandbyLoadAndAMisstatedClaimIsRefusedByKey() {
        // GIVEN a standby, and the same standby once claimed
        var standby = EnvironmentFixture.aws().set("ephemeral", CHILD.replace("}", ", standby: true}")).assertValid().spec();
        var claimed = EnvironmentFixture.aws().set("ephemeral", CHILD.replace("}", ", claimedAs: pr-12}")).assertValid().spec();
        // THEN they read as such
        assertThat(standby.ephemeral().isStandby()).isTrue();
        assertThat(claimed.ephemeral().isStandby()).isFalse();
        assertThat(claimed.ephemeral().claimedAs()).isEqualTo("pr-12");
        // AND a claim under a name no child may have, or a claimed child still marked standby, is refused
        EnvironmentFixture.aws().set("ephemeral", CHILD.replace("}", ", claimedAs: PR_12}"))
                .assertProblem("ephemeral.claimedAs", "'PR_12' is not a valid name: a DNS label of 1-20");
        EnvironmentFixture.aws().set("ephemeral", CHILD.replace("}", ", standby: true, claimedAs: pr-12}"))
                .assertProblem("ephemeral.standby", "is no longer a standby");
    }

    @Test
    void aParentsStandbysFitItsCapAndAreFew() {
        EnvironmentFixture.aws().set("ephemeralPolicy", "{maxEnvironments: 2, standby: 3}")
                .assertProblem("ephemeralPolicy.standby", "3 standbys do not fit in ephemeralPolicy.maxEnvironments 2");
        EnvironmentFixture.aws().set("ephemeralPolicy", "{standby: 11}").assertProblem("ephemeralPolicy.standby", "outside 0..10");
        assertThat(EnvironmentFixture.aws().set("ephemeralPolicy", "{standby: 2}").assertValid().spec().ephemeralPolicy().standby())
                .isEqualTo(2);
    }
}
