package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.team.InvalidTeamsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's team files read once per command, however many stacks it builds. */
class ProjectTeamsTest {
    private static final String TEAM = """
            name: payments
            owners: {aws: ["arn:aws:iam::111122223333:role/payments-developers"]}
            contact: payments@example.com
            costCenter: "4711"
            environments: [dev]
            namespaces: [{name: payments-api}]
            """;

    @TempDir
    Path project;

    @BeforeEach
    void projectWithDev() throws IOException {
        Path environments = Files.createDirectories(project.resolve("environments"));
        Files.copy(Fixtures.PROJECT_ENVIRONMENTS.resolve("Pulumi.dev.yaml"), environments.resolve("Pulumi.dev.yaml"));
        Files.createDirectories(project.resolve("teams"));
    }

    @Test
    void theFilesAreReadAtTheFirstCallAndTheSameCatalogServesTheNext() throws IOException {
        // GIVEN a team file, and a reader made before anything is read
        Files.writeString(project.resolve("teams/payments.yaml"), TEAM);
        var teams = ProjectTeams.readOnce(project);

        // WHEN it is asked twice, the file being removed in between
        var first = teams.get();
        Files.delete(project.resolve("teams/payments.yaml"));
        var second = teams.get();

        // THEN the second call did not read again: the same catalog, with the team
        assertThat(second).isSameAs(first);
        assertThat(second.teams()).extracting(t -> t.name()).containsExactly("payments");
    }

    @Test
    void aFailedReadIsNotKeptSoEveryCallReportsItUntilTheFileIsFixed() throws IOException {
        // GIVEN a team file with an unknown environment
        Files.writeString(project.resolve("teams/payments.yaml"), TEAM.replace("[dev]", "[qa]"));
        var teams = ProjectTeams.readOnce(project);

        // WHEN / THEN every call reports it
        assertThatThrownBy(teams::get).isInstanceOf(InvalidTeamsException.class).hasMessageContaining("qa");
        assertThatThrownBy(teams::get).isInstanceOf(InvalidTeamsException.class).hasMessageContaining("qa");
        // AND once fixed the next call reads it
        Files.writeString(project.resolve("teams/payments.yaml"), TEAM);
        assertThat(teams.get().teams()).hasSize(1);
    }
}
