package io.slipway.ops;

import io.slipway.ops.checks.CheckResult;
import io.slipway.ops.checks.SmokeChecks;
import java.util.ArrayList;
import java.util.List;

/** Smoke checks that pass (or fail, when told) and record which slot they checked. */
public final class FakeSmokeChecks implements SmokeChecks {
    public final List<String> checkedClusters = new ArrayList<>();
    private final Journal journal;
    private boolean failing;

    public FakeSmokeChecks(Journal journal) {
        this.journal = journal;
    }

    public FakeSmokeChecks failing() {
        this.failing = true;
        return this;
    }

    public FakeSmokeChecks passing() {
        this.failing = false;
        return this;
    }

    @Override
    public List<CheckResult> run(SlotTarget target) {
        checkedClusters.add(target.clusterName());
        journal.add("checks " + target.clusterName());
        return List.of(
                new CheckResult("API reachable", true, "ok"),
                new CheckResult("nodes ready", true, "3 nodes Ready"),
                new CheckResult("HTTP through " + target.probeHost(), !failing, failing ? "answered 503" : "answered 404"));
    }
}
