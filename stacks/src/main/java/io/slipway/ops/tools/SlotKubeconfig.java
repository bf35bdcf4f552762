package io.slipway.ops.tools;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.cloud.LocationMode;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.SlotTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A kubeconfig for one slot's cluster, written to a temporary file by the cloud's own CLI
 * ({@code aws eks update-kubeconfig} / {@code gcloud container clusters get-credentials}), so
 * kubectl, helm and velero reach the right cluster without touching the operator's own kubeconfig.
 */
public final class SlotKubeconfig {
    private final CommandRunner runner;

    public SlotKubeconfig(CommandRunner runner) {
        this.runner = runner;
    }

    /** The environment variables that point a CLI at the slot's cluster. */
    public Map<String, String> environmentFor(SlotTarget target) {
        Path file;
        try {
            file = Files.createTempFile("slipway-" + target.clusterName() + "-", ".kubeconfig");
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new OperationFailedException("cannot create a temporary kubeconfig: " + e.getMessage());
        }
        Map<String, String> environment = Map.of("KUBECONFIG", file.toString());
        EnvironmentSpec spec = target.spec();
        List<String> command = spec.cloud() == Cloud.AWS
                ? List.of("aws", "eks", "update-kubeconfig", "--name", target.clusterName(), "--region", spec.region(),
                        "--kubeconfig", file.toString())
                : gcloudCommand(target, spec);
        runner.output(command, environment);
        return environment;
    }

    private static List<String> gcloudCommand(SlotTarget target, EnvironmentSpec spec) {
        String location = spec.gcp().locationMode() == LocationMode.ZONAL
                ? "--zone=" + spec.gcp().zone()
                : "--region=" + spec.region();
        List<String> command = new ArrayList<>(List.of("gcloud", "container", "clusters", "get-credentials",
                target.clusterName(), location, "--project=" + spec.gcp().project()));
        // Without a public endpoint the control plane answers only on its private address.
        if (!spec.apiAccess().publicEndpoint()) {
            command.add("--internal-ip");
        }
        return command;
    }
}
