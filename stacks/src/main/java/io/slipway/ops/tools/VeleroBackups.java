package io.slipway.ops.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.SlotTarget;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@link Backups} through the {@code velero} CLI against the slot's own kubeconfig. */
public final class VeleroBackups implements Backups {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandRunner runner;
    private final SlotKubeconfig kubeconfig;

    public VeleroBackups(CommandRunner runner) {
        this.runner = runner;
        this.kubeconfig = new SlotKubeconfig(runner);
    }

    @Override
    public void backup(SlotTarget target, String backupName) {
        Map<String, String> env = kubeconfig.environmentFor(target);
        run(env, List.of("velero", "backup", "create", backupName, "--snapshot-volumes", "--wait"));
        requireCompleted(env, "backup", backupName);
    }

    @Override
    public void restore(SlotTarget target, String backupName) {
        Map<String, String> env = kubeconfig.environmentFor(target);
        String restoreName = backupName + "-restore";
        run(env, List.of("velero", "restore", "create", restoreName, "--from-backup", backupName, "--wait"));
        requireCompleted(env, "restore", restoreName);
    }

    /** {@code --wait} returns when the operation ends, whether it succeeded or not. */
    private void requireCompleted(Map<String, String> env, String kind, String name) {
        String json = run(env, List.of("velero", kind, "get", name, "-o", "json"));
        String phase;
        try {
            JsonNode object = JSON.readTree(json);
            JsonNode item = object.has("items") ? object.path("items").path(0) : object;
            phase = item.path("status").path("phase").asText();
        } catch (IOException e) {
            phase = "";
        }
        if (!"Completed".equals(phase)) {
            throw new OperationFailedException("velero " + kind + " " + name + " ended in phase " + (phase.isEmpty() ? "unknown" : phase)
                    + "; see 'velero " + kind + " describe " + name + " --details'");
        }
    }

    private String run(Map<String, String> env, List<String> command) {
        return runner.run(command, env).orFail(command);
    }
}
