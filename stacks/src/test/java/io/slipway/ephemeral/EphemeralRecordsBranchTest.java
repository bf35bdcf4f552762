package io.slipway.ephemeral;

import static io.slipway.ephemeral.RecordsBranch.child;
import static io.slipway.ephemeral.RecordsBranch.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .github/scripts/ephemeral-records.sh} run for real against a bare origin, one clone per CI job:
 * jobs of different concurrency groups (a pull request's, the reaper's) overlap, and the records
 * branch must end up holding every child some job saved and no child some job removed.
 */
class EphemeralRecordsBranchTest {
    private static final String OLD = "2026-12-01T09:00:00Z";
    private static final String NEW = "2026-12-01T17:00:00Z";

    @TempDir
    Path root;

    RecordsBranch records;

    @BeforeEach
    void origin() {
        records = new RecordsBranch(root, null);
    }

    @Test
    void theReapersSyncKeepsAChildThatAnotherJobSavedAfterTheReaperRestored() {
        // GIVEN pr-1 recorded by its preview job, and the reaper restoring (pr-1 expired)
        Path b1 = records.job("b1");
        records.records(b1, "restore");
        write(b1.resolve("environments/Pulumi.pr-1.yaml"), child("pr-1", OLD));
        records.records(b1, "save", "pr-1");
        Path reaper = records.job("reaper");
        records.records(reaper, "restore");
        // AND pr-2's preview job saving while the reaper destroys pr-1
        Path b2 = records.job("b2");
        records.records(b2, "restore");
        write(b2.resolve("environments/Pulumi.pr-2.yaml"), child("pr-2", NEW));
        records.records(b2, "save", "pr-2");

        // WHEN the reaper removes pr-1's file (dev reap) and syncs
        delete(reaper.resolve("environments/Pulumi.pr-1.yaml"));
        String output = records.records(reaper, "sync");

        // THEN the branch holds pr-2 and not pr-1
        assertThat(output).contains("recorded on ephemeral-environments: pr-1 removed");
        assertThat(records.branch()).containsOnlyKeys("Pulumi.pr-2.yaml").containsEntry("Pulumi.pr-2.yaml", child("pr-2", NEW));
        assertThat(records.history()).containsExactly("Ephemeral environments: pr-1 removed",
                "Ephemeral environments: pr-2 written", "Ephemeral environments: pr-1 written");
    }

    @Test
    void aPushRejectedBecauseAnotherJobPushedFirstIsAppliedAgainOnTheNewHead() throws IOException {
        // GIVEN pr-1 recorded, and a reaper that restored it and removed it
        Path b1 = records.job("b1");
        records.records(b1, "restore");
        write(b1.resolve("environments/Pulumi.pr-1.yaml"), child("pr-1", OLD));
        records.records(b1, "save", "pr-1");
        Path reaper = records.job("reaper");
        records.records(reaper, "restore");
        delete(reaper.resolve("environments/Pulumi.pr-1.yaml"));
        // AND another job that records pr-101 between the reaper's fetch and its push
        Path race = raceBeforeEachPush(1);

        // WHEN the reaper syncs
        String output = records.records(reaper, "sync");

        // THEN its first push was rejected, its change went on top of the other job's, and both are on the branch
        assertThat(output).contains("another job pushed first (attempt 1 of 5); applying again on the new head",
                "recorded on ephemeral-environments: pr-1 removed");
        assertThat(Files.readString(race.resolve("pushes")).trim()).isEqualTo("2");
        assertThat(records.branch()).containsOnlyKeys("Pulumi.pr-101.yaml");
        assertThat(records.history()).containsExactly("Ephemeral environments: pr-1 removed",
                "Ephemeral environments: pr-101 written", "Ephemeral environments: pr-1 written");
    }

    @Test
    void whenEveryPushLosesTheRaceItGivesUpLoudlyAfterItsAttempts() throws IOException {
        // GIVEN a job with pr-3 to record, allowed three attempts, and another job pushing before each of them
        records.set("SLIPWAY_RECORDS_ATTEMPTS", "3");
        Path b3 = records.job("b3");
        records.records(b3, "restore");
        write(b3.resolve("environments/Pulumi.pr-3.yaml"), child("pr-3", OLD));
        Path race = raceBeforeEachPush(3);

        // WHEN it saves
        RecordsBranch.Result result = records.run(b3, "save", "pr-3");

        // THEN it fails, saying so, after three pushes; the other job's records are whole and pr-3 is not there
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("could not record on ephemeral-environments: another job pushed first 3 times");
        assertThat(Files.readString(race.resolve("pushes")).trim()).isEqualTo("3");
        assertThat(records.branch()).containsOnlyKeys("Pulumi.pr-101.yaml", "Pulumi.pr-102.yaml", "Pulumi.pr-103.yaml");
    }

    @Test
    void threeJobsSavingAtOnceAllEndUpOnTheBranch() {
        // GIVEN three preview jobs that restored the same (empty) records and each wrote its child
        var jobs = List.of(records.job("b4"), records.job("b5"), records.job("b6"));
        for (int i = 0; i < jobs.size(); i++) {
            records.records(jobs.get(i), "restore");
            write(jobs.get(i).resolve("environments/Pulumi.pr-" + (4 + i) + ".yaml"), child("pr-" + (4 + i), OLD));
        }

        // WHEN they save at the same time
        var running = List.of(records.start(jobs.get(0), "save", "pr-4"), records.start(jobs.get(1), "save", "pr-5"),
                records.start(jobs.get(2), "save", "pr-6"));
        var results = running.stream().map(RecordsBranch::await).toList();

        // THEN every one succeeds and the branch holds all three
        assertThat(results).allSatisfy(r -> assertThat(r.exitCode()).as(r.output()).isZero());
        assertThat(records.branch()).containsOnlyKeys("Pulumi.pr-4.yaml", "Pulumi.pr-5.yaml", "Pulumi.pr-6.yaml");
    }

    @Test
    void aChildAnotherJobChangedAfterRestoreIsNeitherDeletedNorOverwritten() {
        // GIVEN pr-1 and pr-2 recorded, and the reaper restoring both
        Path b1 = records.job("b1");
        records.records(b1, "restore");
        write(b1.resolve("environments/Pulumi.pr-1.yaml"), child("pr-1", OLD));
        write(b1.resolve("environments/Pulumi.pr-2.yaml"), child("pr-2", OLD));
        records.records(b1, "sync");
        Path reaper = records.job("reaper");
        records.records(reaper, "restore");
        // AND pr-1 extended by its own job meanwhile
        Path extend = records.job("extend");
        records.records(extend, "restore");
        write(extend.resolve("environments/Pulumi.pr-1.yaml"), child("pr-1", NEW));
        records.records(extend, "save", "pr-1");

        // WHEN the reaper, which destroyed both at the old expiry, syncs
        delete(reaper.resolve("environments/Pulumi.pr-1.yaml"));
        delete(reaper.resolve("environments/Pulumi.pr-2.yaml"));
        RecordsBranch.Result result = records.run(reaper, "sync");

        // THEN pr-2 goes, the extended pr-1 stays as that job saved it, and the sync fails naming it
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("recorded on ephemeral-environments: pr-2 removed",
                "environments/Pulumi.pr-1.yaml changed on ephemeral-environments after this job's restore");
        assertThat(records.branch()).containsOnlyKeys("Pulumi.pr-1.yaml").containsEntry("Pulumi.pr-1.yaml", child("pr-1", NEW));
    }

    @Test
    void onlyEphemeralFilesAreRecordedAndSaveRecordsOnlyItsOwnName() {
        // GIVEN a job that changed the long-lived dev file and wrote two children
        Path job = records.job("job");
        records.records(job, "restore");
        write(job.resolve("environments/Pulumi.dev.yaml"), "config:\n  slipway:environment:\n    name: dev\n    tier: dev\n");
        write(job.resolve("environments/Pulumi.pr-5.yaml"), child("pr-5", OLD));
        write(job.resolve("environments/Pulumi.pr-6.yaml"), child("pr-6", OLD));

        // WHEN it saves pr-5, then syncs
        records.records(job, "save", "pr-5");
        var afterSave = records.branch();
        String output = records.records(job, "sync");

        // THEN save recorded pr-5 alone, sync added pr-6, and dev was never recorded
        assertThat(afterSave).containsOnlyKeys("Pulumi.pr-5.yaml");
        assertThat(output).contains("recorded on ephemeral-environments: pr-6 written");
        assertThat(records.branch()).containsOnlyKeys("Pulumi.pr-5.yaml", "Pulumi.pr-6.yaml");
        // AND a second sync finds nothing to record
        assertThat(records.records(job, "sync")).contains("nothing to record");
    }

    @Test
    void aJobThatSavesTheSameChildTwiceRecordsBothWithoutTakingItsOwnSaveForAnotherJobs() {
        // GIVEN a job that wrote pr-7 and saved it
        Path job = records.job("job");
        records.records(job, "restore");
        write(job.resolve("environments/Pulumi.pr-7.yaml"), child("pr-7", OLD));
        records.records(job, "save", "pr-7");

        // WHEN the same job changes pr-7 again (dev extend after dev up) and saves it again
        write(job.resolve("environments/Pulumi.pr-7.yaml"), child("pr-7", NEW));
        RecordsBranch.Result second = records.run(job, "save", "pr-7");

        // THEN the second save is recorded too: the job's own first save is its base, not another job's change
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("recorded on ephemeral-environments: pr-7 written");
        assertThat(records.branch().get("Pulumi.pr-7.yaml")).contains(NEW);
        // AND a third save with nothing changed records nothing
        assertThat(records.records(job, "save", "pr-7")).contains("nothing to record");
        // AND removing it afterwards is recorded as well
        delete(job.resolve("environments/Pulumi.pr-7.yaml"));
        assertThat(records.records(job, "sync")).contains("pr-7 removed");
        assertThat(records.branch()).doesNotContainKey("Pulumi.pr-7.yaml");
    }

    @Test
    void saveOrSyncWithoutARestoreIsRefusedAndChangesNothing() {
        Path job = records.job("job");
        write(job.resolve("environments/Pulumi.pr-5.yaml"), child("pr-5", OLD));

        RecordsBranch.Result save = records.run(job, "save", "pr-5");
        RecordsBranch.Result usage = records.run(job, "save");

        assertThat(save.exitCode()).isEqualTo(2);
        assertThat(save.output()).contains("no restore in this checkout: run");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.output()).contains("usage:");
        assertThat(records.branch()).isEmpty();
    }

    /**
     * A fake {@code git} first on PATH that, before each of the first {@code times} pushes, lets another
     * job (another clone running the script with the real git) record pr-10N: the other job wins the race.
     */
    private Path raceBeforeEachPush(int times) throws IOException {
        Path race = RecordsBranch.mkdirs(root.resolve("race"));
        Path other = records.job("other-job");
        String realPath = System.getenv("PATH");
        write(race.resolve("other-job"), """
                #!/usr/bin/env bash
                set -euo pipefail
                cd '%s'
                bash '%s' restore
                sed 's/PR/pr-10'"$1"'/' '%s' > "environments/Pulumi.pr-10$1.yaml"
                bash '%s' save "pr-10$1"
                """.formatted(other, RecordsBranch.SCRIPT, write(race.resolve("child"), child("PR", OLD)), RecordsBranch.SCRIPT));
        write(race.resolve("bin/git"), """
                #!/usr/bin/env bash
                if [ "${1:-}" = push ]; then
                  n=$(( $(cat '%1$s/pushes' 2>/dev/null || echo 0) + 1 ))
                  echo "$n" > '%1$s/pushes'
                  if [ "$n" -le %2$d ]; then PATH='%3$s' bash '%1$s/other-job' "$n" >> '%1$s/other-job.log' 2>&1; fi
                fi
                PATH='%3$s' exec git "$@"
                """.formatted(race, times, realPath));
        race.resolve("bin/git").toFile().setExecutable(true);
        records.set("PATH", race.resolve("bin") + ":" + realPath);
        return race;
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
