package io.slipway.aws.dns;

import com.pulumi.core.Output;
import io.slipway.aws.AwsAccount;
import io.slipway.cluster.EnvironmentContext;
import java.util.Objects;

/**
 * Inputs of a {@link ZoneSigning}.
 *
 * @param environment the environment: names and tags. Required.
 * @param account     the account whose Route 53 may sign with the key. Required.
 * @param zoneId      the hosted zone to sign. Required.
 * @param zoneArn     the hosted zone's ARN, the only source the key lets Route 53 sign for. Required.
 */
public record ZoneSigningArgs(EnvironmentContext environment, AwsAccount account, Output<String> zoneId, Output<String> zoneArn) {
    public ZoneSigningArgs {
        Objects.requireNonNull(environment, "ZoneSigningArgs.environment is required");
        Objects.requireNonNull(account, "ZoneSigningArgs.account is required");
        Objects.requireNonNull(zoneId, "ZoneSigningArgs.zoneId is required");
        Objects.requireNonNull(zoneArn, "ZoneSigningArgs.zoneArn is required");
    }
}
