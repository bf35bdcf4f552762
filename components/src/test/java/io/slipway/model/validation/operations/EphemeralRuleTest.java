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
}
