package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import java.util.function.Consumer;

/**
 * The Pulumi programs that create a cloud's state storage: a bucket for Pulumi state and a KMS key
 * for the stacks' secrets provider. Each program exports {@value #BUCKET_OUTPUT} (the bucket name)
 * and {@value #KEY_OUTPUT} (AWS: the KMS key id or {@code alias/<name>}; GCP: the crypto key id
 * {@code projects/P/locations/L/keyRings/R/cryptoKeys/K}).
 */
public interface StateBackendPrograms {
    String BUCKET_OUTPUT = "stateBucket";
    String KEY_OUTPUT = "secretsKey";

    Consumer<Context> aws(String region, String bucket);

    Consumer<Context> gcp(String project, String region, String bucket);
}
