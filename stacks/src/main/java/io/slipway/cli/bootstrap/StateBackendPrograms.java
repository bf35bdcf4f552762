package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import java.util.function.Consumer;

/**
 * The Pulumi programs that create a cloud's state storage: a bucket for Pulumi state and a KMS key
 * for the stacks' secrets provider. Each program exports {@value #LOGIN_URL} (the argument of
 * {@code pulumi login}: {@code s3://<bucket>?region=<region>}, {@code gs://<bucket>}) and
 * {@value #SECRETS_PROVIDER} (the argument of {@code --secrets-provider}: {@code awskms://...},
 * {@code gcpkms://...}), since the component that made the key knows its URL best.
 */
public interface StateBackendPrograms {
    String LOGIN_URL = "loginUrl";
    String SECRETS_PROVIDER = "secretsProvider";

    Consumer<Context> aws(String region, String bucket);

    Consumer<Context> gcp(String project, String region, String bucket);
}
