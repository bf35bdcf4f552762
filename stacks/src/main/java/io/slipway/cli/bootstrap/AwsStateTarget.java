package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import io.slipway.cli.UserMistakeException;
import io.slipway.model.Cloud;
import io.slipway.offline.MockWorld;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Pulumi state in an S3 bucket, stack secrets under a KMS key, in one AWS region. */
record AwsStateTarget(String region, String bucket) implements StateTarget {
    AwsStateTarget {
        if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            throw new UserMistakeException("--region '" + region + "' is not an AWS region (like eu-west-1 or us-east-2)");
        }
        BucketNames.check(bucket, "S3");
    }

    @Override
    public Cloud cloud() {
        return Cloud.AWS;
    }

    @Override
    public Map<String, String> config() {
        return Map.of("aws:region", region);
    }

    @Override
    public Consumer<Context> program(StateBackendPrograms programs) {
        return programs.aws(region, bucket);
    }

    @Override
    public MockWorld mockWorld() {
        return new MockWorld(region, MockWorld.EXAMPLE_AWS_ACCOUNT, "");
    }

    @Override
    public List<String> description() {
        return List.of(
                "In AWS region " + region + ", with the account of your current AWS credentials, this creates:",
                "  - S3 bucket " + bucket + " for Pulumi state (versioned, KMS-encrypted, public access blocked, TLS only)",
                "  - a KMS key (rotation on) for the stacks' secrets provider");
    }

    @Override
    public String loginUrlPrefix() {
        return "s3://" + bucket;
    }
}
