package io.slipway.gcp.iam;

import java.util.Objects;

/**
 * What {@link NodeServiceAccount} builds.
 *
 * @param project   the GCP project the account and its role grants live in. Required.
 * @param accountId the account id, 6–30 characters, lower-case letters, digits and dashes,
 *                  starting with a letter. Required; see {@link #accountIdFor(String)}.
 */
public record NodeServiceAccountArgs(String project, String accountId) {
    private static final int MAX_ACCOUNT_ID = 30;

    public NodeServiceAccountArgs {
        Objects.requireNonNull(project, "NodeServiceAccountArgs.project is required");
        Objects.requireNonNull(accountId, "NodeServiceAccountArgs.accountId is required");
        if (!accountId.matches("[a-z][a-z0-9-]{4,28}[a-z0-9]")) {
            throw new IllegalArgumentException("NodeServiceAccountArgs.accountId '" + accountId
                    + "' is not a valid service account id: 6-30 lower-case letters, digits and dashes, starting with a letter");
        }
    }

    /**
     * The node account id of a cluster: {@code <cluster>-nodes}, shortened to GCP's 30 characters
     * by cutting the cluster name, so two slots of one environment still get different ids.
     */
    public static String accountIdFor(String clusterName) {
        String suffix = "-nodes";
        String base = clusterName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (base.length() + suffix.length() > MAX_ACCOUNT_ID) {
            int slotStart = base.lastIndexOf('-');
            String slot = slotStart > 0 ? base.substring(slotStart) : "";
            base = base.substring(0, MAX_ACCOUNT_ID - suffix.length() - slot.length()) + slot;
        }
        return base + suffix;
    }
}
