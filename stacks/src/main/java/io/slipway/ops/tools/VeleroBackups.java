package io.slipway.ops.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.ops.Durations;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.Sleeper;
import io.slipway.ops.SlotTarget;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@link Backups} through the {@code velero} CLI against the slot's own kubeconfig. A freshly
 * installed Velero knows no backup until it has synced its backup storage location (every minute by
 * default), so a restore first waits, bounded, until {@code velero backup get} lists the backup as
 * Completed.
 */
public final class VeleroBackups implements Backups {
    /** A whole-cluster backup or restore with volume snapshots. */
    static final Duration OPERATION_TIMEOUT = Duration.ofMinutes(60);
    /** Several sync periods of a fresh install's backup storage location. */
    static final Duration LISTING_TIMEOUT = Duration.ofMinutes(10);
    static final Duration LISTING_POLL = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandRunner runner;
    private final SlotKubeconfig kubeconfig;
    private final Clock clock;
    private final Sleeper sleeper;

    public VeleroBackups(CommandRunner runner, Clock clock, Sleeper sleeper) {
        this.runner = runner;
        this.kubeconfig = new SlotKubeconfig(runner);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void backup(SlotTarget target, String backupName) {
        Map<String, String> env = kubeconfig.environmentFor(target);
        runLong(env, List.of("velero", "backup", "create", backupName, "--snapshot-volumes", "--wait"));
        String phase = phase(env, "backup", backupName);
        if (!"Completed".equals(phase)) {
            throw notCompleted("backup", backupName, phase);
        }
    }

    @Override
    public void restore(SlotTarget target, String backupName) {
        Map<String, String> env = kubeconfig.environmentFor(target);
        waitUntilListed(env, backupName);
        String restoreName = backupName + "-restore";
        runLong(env, List.of("velero", "restore", "create", restoreName, "--from-backup", backupName, "--wait"));
        String phase = phase(env, "restore", restoreName);
        if (!"Completed".equals(phase)) {
            throw notCompleted("restore", restoreName, phase);
        }
    }

    private void waitUntilListed(Map<String, String> env, String backupName) {
        Instant deadline = clock.instant().plus(LISTING_TIMEOUT);
        while (true) {
            String phase = phase(env, "backup", backupName);
            if ("Completed".equals(phase)) {
                return;
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new OperationFailedException("velero did not list backup " + backupName + " as Completed within "
                        + Durations.format(LISTING_TIMEOUT) + " of its install (last seen: " + (phase.isEmpty() ? "not listed" : phase)
                        + "); check 'velero backup-location get' and that the new slot reads the environment's backups bucket");
            }
            sleeper.sleep(LISTING_POLL);
        }
    }

    /** The phase {@code velero <kind> get <name> -o json} reports; empty while it is not listed. */
    private String phase(Map<String, String> env, String kind, String name) {
        CommandRunner.CommandOutput output = runner.run(List.of("velero", kind, "get", name, "-o", "json"), env);
        if (!output.succeeded()) {
            return "";
        }
        try {
            JsonNode object = JSON.readTree(output.stdout());
            JsonNode item = object.has("items") ? object.path("items").path(0) : object;
            return item.path("status").path("phase").asText();
        } catch (IOException e) {
            return "";
        }
    }

    private void runLong(Map<String, String> env, List<String> command) {
        Invocation invocation = Invocation.of(command, env).within(OPERATION_TIMEOUT);
        runner.run(invocation).orFail(invocation);
    }

    private static OperationFailedException notCompleted(String kind, String name, String phase) {
        return new OperationFailedException("velero " + kind + " " + name + " ended in phase " + (phase.isEmpty() ? "unknown" : phase)
                + "; see 'velero " + kind + " describe " + name + " --details'");
    }
}
