package io.slipway.model.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.EnvironmentSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamCatalogTest {
    private final TeamLoader loader = new TeamLoader(Set.of("dev", "staging"), Set.of("kube-system"));
    private final TeamCatalog catalog = new TeamCatalog(List.of(
            loader.load(TeamLoaderTest.SOURCE, "payments", TeamLoaderTest.PAYMENTS)));

    @Test
    void anEphemeralChildIsPlacedAsItsParent() {
        // GIVEN a team placed in dev, and a developer's child of dev named after nothing the team names
        EnvironmentSpec child = EnvironmentFixture.aws()
                .set("ephemeral", "{parent: dev, owner: jane@example.com, createdAt: '2026-11-30T09:00:00Z',"
                        + " expiresAt: '2026-11-30T17:00:00Z'}")
                .assertValid().spec();
        // WHEN the teams of the child's stack are looked up
        // THEN the child gets dev's teams, so what is tried there has the namespaces dev has
        assertThat(catalog.placedIn("jane-try", child)).extracting(TeamSpec::name).containsExactly("payments");
    }

    @Test
    void aLongLivedEnvironmentIsPlacedByItsOwnName() {
        // GIVEN a long-lived environment (not ephemeral) whose stack the team does not name
        EnvironmentSpec prod = EnvironmentFixture.aws().assertValid().spec();
        // THEN no team is placed there, whatever its tier
        assertThat(catalog.placedIn("prod", prod)).isEmpty();
        assertThat(catalog.placedIn("dev", prod)).extracting(TeamSpec::name).containsExactly("payments");
    }
}
