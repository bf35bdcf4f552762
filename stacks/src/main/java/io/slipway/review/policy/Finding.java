package io.slipway.review.policy;

import io.slipway.model.WaiverSpec;
import java.util.Optional;

/**
 * A rule's verdict on one resource (or an expired waiver), after waivers and the threshold.
 *
 * @param rule      the rule
 * @param violation the offending resource and why
 * @param status    whether it fails the check
 * @param waiver    the waiver that applies (valid or expired), if any
 */
public record Finding(PolicyRule rule, Violation violation, Status status, Optional<WaiverSpec> waiver) {
    public enum Status {
        /** Unwaived at or above the threshold: the check fails. */
        FAIL,
        /** Below the threshold: reported, does not fail. */
        BELOW_THRESHOLD,
        /** Covered by a waiver that has not expired. */
        WAIVED,
        /** A waiver past its expiry date: waives nothing and fails the check itself. */
        EXPIRED_WAIVER
    }

    public boolean fails() {
        return status == Status.FAIL || status == Status.EXPIRED_WAIVER;
    }
}
