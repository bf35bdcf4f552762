package io.slipway.offline;

import io.slipway.model.EnvironmentSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The pretend cloud account the offline engine answers from. Fixed example identifiers (AWS's
 * documentation account, a GCP project from the spec) keep plans realistic and deterministic.
 *
 * @param region      the environment's region
 * @param awsAccount  the AWS account id answered by {@code getCallerIdentity}
 * @param gcpProject  the GCP project id ("" on AWS)
 */
public record MockWorld(String region, String awsAccount, String gcpProject) {
    public static final String EXAMPLE_AWS_ACCOUNT = "123456789012";

    public static MockWorld of(EnvironmentSpec spec) {
        return new MockWorld(spec.region(), EXAMPLE_AWS_ACCOUNT, spec.gcp() == null ? "" : spec.gcp().project());
    }

    /**
     * One digest per thread: the mock engine asks for ids of every resource from its pool's threads,
     * and looking the algorithm up through the security providers each time was a visible share of a plan.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    });

    /** A deterministic lower-case hex string of {@code length} characters derived from the seed parts. */
    public static String hex(int length, String... seed) {
        // digest() resets the digest for the next call on this thread
        var digest = SHA_256.get().digest(String.join("\u0000", seed).getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(digest);
        while (hex.length() < length) {
            hex = hex + hex;
        }
        return hex.substring(0, length);
    }
}
