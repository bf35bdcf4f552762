package io.slipway.ops.checks;

import io.slipway.ops.SlotTarget;
import java.util.List;

/**
 * The checks that a slot works: its API answers and its nodes are Ready, its add-on releases are
 * deployed, and HTTP traffic reaches its ingress through the slot's direct name.
 */
public interface SmokeChecks {
    /** Runs every check, even after one fails, so the operator sees the whole picture. */
    List<CheckResult> run(SlotTarget target);
}
