package io.slipway.model.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TeamDocsTest {
    @Test
    void theTeamsPageDocumentsEveryKeyOfATeamFile() throws IOException {
        // GIVEN the page for application teams and every record of a team file
        String docs = Files.readString(Path.of("../docs/teams.md"));
        Set<String> undocumented = new TreeSet<>();
        // WHEN each record component is looked up as `key` (or inside a code span list of keys)
        for (Class<?> record : List.of(TeamSpec.class, TeamOwnersSpec.class, TeamNamespaceSpec.class, TeamQuotaSpec.class,
                ContainerDefaultsSpec.class, PodSecuritySpec.class, IngressSourceSpec.class)) {
            for (RecordComponent component : record.getRecordComponents()) {
                String key = component.getName();
                if (!docs.contains("`" + key + "`") && !docs.contains(key + ":") && !docs.contains("." + key + "`")) {
                    undocumented.add(record.getSimpleName() + "." + key);
                }
            }
        }
        // THEN none is missing
        assertThat(undocumented).isEmpty();
    }
}
