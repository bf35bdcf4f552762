package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.platform.SpecRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps of preview-cluster.yml's jobs in their order, each job on a fresh checkout: the records
 * script around the real {@code dev} lifecycle (fake deployer, fixed clock). An extend reaches the
 * records branch, so the nightly reaper, which reads only that branch, keeps the cluster until the new expiry.
 */
class EphemeralRecordsExtendTest extends EphemeralTestbed {
    private static final EphemeralRequest PREVIEW = new EphemeralRequest("pr-7", "dev", "dev@example.com", "24h", null);
    private static final Path CHILD = Path.of("environments", "Pulumi.pr-7.yaml");

    @TempDir
    Path git;

    RecordsBranch records;

    @BeforeEach
    void checkoutWithAnOrigin() {
        records = new RecordsBranch(git, project);
    }

    @Test
    void anExtendRunReachesTheRecordsBranchAndTheReaperKeepsTheClusterUntilTheNewExpiry() throws IOException {
        // GIVEN pr-7 made at T0 for 24 hours by its preview job (restore, dev up, save)
        records.records(project, "restore");
        at(T0).up(PREVIEW);
        records.records(project, "save", "pr-7");
        // AND 20 hours later, a new runner: the checkout alone, without the file dev up wrote
        freshRunner();
        Instant extendedAt = T0.plus(Duration.ofHours(20));

        // WHEN the extend run goes: restore, dev extend pr-7 --ttl 8h, save pr-7
        records.records(project, "restore");
        at(extendedAt).extend("pr-7", "8h");
        String saved = records.records(project, "save", "pr-7");

        // THEN the records branch holds pr-7 expiring 8 hours after the extend, and it still loads
        assertThat(saved).contains("recorded on ephemeral-environments: pr-7 written");
        assertThat(recordedExpiry()).isEqualTo(extendedAt.plus(Duration.ofHours(8)).toString());
        assertThat(journal).filteredOn(call -> call.startsWith("up pr-7")).hasSize(2);

        // AND the nightly reaper, 26 hours after T0 (past the first expiry), on a new runner, keeps it
        freshRunner();
        records.records(project, "restore");
        var reap = at(T0.plus(Duration.ofHours(26))).reap(false);
        records.records(project, "sync");
        assertThat(reap.kept()).containsExactly("pr-7");
        assertThat(reap.reaped()).isEmpty();
        assertThat(records.branch()).containsKey("Pulumi.pr-7.yaml");

        // AND the next night, past the new expiry, it is destroyed and its record goes
        freshRunner();
        records.records(project, "restore");
        var later = at(T0.plus(Duration.ofHours(50))).reap(false);
        records.records(project, "sync");
        assertThat(later.reaped()).containsExactly("pr-7");
        assertThat(records.branch()).isEmpty();
    }

    private void freshRunner() throws IOException {
        Files.deleteIfExists(project.resolve(CHILD));
    }

    private String recordedExpiry() {
        Path copy = RecordsBranch.write(git.resolve("branch").resolve(CHILD), records.branch().get("Pulumi.pr-7.yaml"));
        return SpecRules.loader().loadStackFile(copy).spec().ephemeral().expiresAt();
    }
}
