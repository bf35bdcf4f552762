package io.slipway.model.team;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.Tier;
import java.util.Comparator;
import java.util.List;

/**
 * Every validated team of the project ({@code teams/*.yaml}), sorted by name.
 *
 * @param teams the teams
 */
public record TeamCatalog(List<TeamSpec> teams) {
    public TeamCatalog {
        teams = teams.stream().sorted(Comparator.comparing(TeamSpec::name)).toList();
    }

    public static TeamCatalog empty() {
        return new TeamCatalog(List.of());
    }

    /** The teams placed in an environment of this name and tier. */
    public List<TeamSpec> placedIn(String environment, Tier tier) {
        return teams.stream().filter(team -> team.environments().includes(environment, tier)).toList();
    }

    /**
     * The teams placed in the environment of stack {@code stack}. An ephemeral child is placed as
     * its parent is, so a developer's copy of {@code dev} has the namespaces {@code dev} has.
     */
    public List<TeamSpec> placedIn(String stack, EnvironmentSpec spec) {
        return placedIn(spec.isEphemeral() ? spec.ephemeral().parent() : stack, spec.tier());
    }
}
