package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import io.slipway.cli.UserMistakeException;
import io.slipway.model.Cloud;
import io.slipway.offline.MockWorld;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Pulumi state in a GCS bucket, stack secrets under a Cloud KMS key, in one GCP project and region. */
record GcpStateTarget(String project, String region, String bucket) implements StateTarget {
    GcpStateTarget {
        if (!project.matches("[a-z][a-z0-9-]{4,28}[a-z0-9]")) {
            throw new UserMistakeException("--project '" + project + "' is not a GCP project id (6 to 30 characters: "
                    + "lowercase letters, digits and hyphens, starting with a letter)");
        }
        if (!region.matches("[a-z]+-[a-z]+\\d+")) {
            throw new UserMistakeException("--region '" + region + "' is not a GCP region (like europe-west1 or us-central1)");
        }
        BucketNames.check(bucket, "GCS");
    }

    @Override
    public Cloud cloud() {
        return Cloud.GCP;
    }

    @Override
    public Map<String, String> config() {
        return Map.of("gcp:project", project, "gcp:region", region);
    }

    @Override
    public Consumer<Context> program(StateBackendPrograms programs) {
        return programs.gcp(project, region, bucket);
    }

    @Override
    public MockWorld mockWorld() {
        return new MockWorld(region, MockWorld.EXAMPLE_AWS_ACCOUNT, project);
    }

    @Override
    public List<String> description() {
        return List.of(
                "In GCP project " + project + ", region " + region + ", with your current Google credentials, this creates:",
                "  - GCS bucket " + bucket + " for Pulumi state (versioned, KMS-encrypted, public access prevented)",
                "  - a Cloud KMS key ring with two rotating keys: one for the bucket, one for the stacks' secrets provider");
    }

    @Override
    public String loginUrlPrefix() {
        return "gs://" + bucket;
    }
}
