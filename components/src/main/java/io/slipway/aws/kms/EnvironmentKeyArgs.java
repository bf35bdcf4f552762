package io.slipway.aws.kms;

import io.slipway.aws.AwsAccount;
import io.slipway.cluster.EnvironmentContext;
import java.util.List;

/**
 * Inputs of an {@link EnvironmentKey}.
 *
 * @param environment        the environment: alias name and tags. Required.
 * @param account            account, partition and region the key policy names. Required.
 * @param logGroupNames      CloudWatch log groups (by name) CloudWatch Logs may encrypt with the key. @default []
 * @param deletionWindowDays days a scheduled deletion can still be cancelled, 7–30. @default 30
 */
public record EnvironmentKeyArgs(
        EnvironmentContext environment, AwsAccount account, List<String> logGroupNames, Integer deletionWindowDays) {
    public static final int DEFAULT_DELETION_WINDOW_DAYS = 30;

    public EnvironmentKeyArgs {
        if (environment == null || account == null) {
            throw new IllegalArgumentException("an environment key needs its environment and account");
        }
        logGroupNames = logGroupNames == null ? List.of() : List.copyOf(logGroupNames);
        deletionWindowDays = deletionWindowDays == null ? DEFAULT_DELETION_WINDOW_DAYS : deletionWindowDays;
        if (deletionWindowDays < 7 || deletionWindowDays > 30) {
            throw new IllegalArgumentException("KMS key deletion window must be 7 to 30 days, not " + deletionWindowDays);
        }
    }
}
