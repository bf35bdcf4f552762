package io.slipway.ops;

import java.util.ArrayList;
import java.util.List;

/** Smoke checks that pass (or fail, when told) and record which slot they checked. */
final class FakeSmokeChecks implements SmokeChecks {
    final List<String> checkedClusters = new ArrayList<>();
    private final Journal journal;
    private boolean failing;

    FakeSmokeChecks(Journal journal) {
        this.journal = journal;
    }

    FakeSmokeChecks failing() {
        this.failing = true;
        return this;
    }

    FakeSmokeChecks passing() {
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
