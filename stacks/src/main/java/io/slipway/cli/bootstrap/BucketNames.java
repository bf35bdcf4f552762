package io.slipway.cli.bootstrap;

import io.slipway.cli.UserMistakeException;

/** The bucket names both clouds accept for a state bucket. */
final class BucketNames {
    private BucketNames() {}

    /**
     * 3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit. Dots
     * are valid in both clouds but break TLS certificate matching of virtual-host URLs, so not here.
     */
    static void check(String bucket, String kind) {
        if (!bucket.matches("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")) {
            throw new UserMistakeException("--bucket '" + bucket + "' is not a valid " + kind + " state bucket name: "
                    + "use 3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit");
        }
    }
}
