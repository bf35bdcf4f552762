package io.slipway.ops.tools;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.ops.OperationFailedException;
import java.util.List;
import java.util.Map;

/**
 * Checks, before anything is written, that the cloud CLI the day-2 commands need finds credentials:
 * {@code aws sts get-caller-identity} on AWS, {@code gcloud auth print-access-token} on GCP (the
 * token is read and dropped, never printed). What the credentials may do is left to the cloud.
 */
public final class CloudCredentials {
    private final CommandRunner runner;

    public CloudCredentials(CommandRunner runner) {
        this.runner = runner;
    }

    public void require(EnvironmentSpec spec) {
        List<String> command = spec.cloud() == Cloud.AWS
                ? List.of("aws", "sts", "get-caller-identity", "--region", spec.region(), "--output", "json")
                : List.of("gcloud", "auth", "print-access-token", "--quiet");
        CommandRunner.CommandOutput output = runner.run(command, Map.of());
        if (!output.succeeded()) {
            throw new OperationFailedException("no usable " + (spec.cloud() == Cloud.AWS ? "AWS" : "Google Cloud") + " credentials: "
                    + String.join(" ", command) + " failed: " + output.stderr().strip() + ". Log in ("
                    + (spec.cloud() == Cloud.AWS ? "aws sso login, or set AWS_PROFILE" : "gcloud auth login, gcloud auth application-default login")
                    + ") and run the command again; nothing was changed.");
        }
    }
}
