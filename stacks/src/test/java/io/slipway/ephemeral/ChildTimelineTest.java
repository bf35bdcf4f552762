package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.plan.timeline.CreateDurations;
import io.slipway.plan.timeline.Timeline;
import org.junit.jupiter.api.Test;

/** The modelled time to ready of the children (docs/ephemeral.md, "Time to ready"). */
class ChildTimelineTest extends EphemeralTestbed {

    @Test
    void aGkeChildIsReadyWhenMonitoringIsNotWhenTraefikAndItsRecordsFollowIt() {
        // GIVEN the child jane-test of gcp-dev, as dev up --offline derives it
        var child = at(T0).prepare(new EphemeralRequest("jane-test", "gcp-dev", "jane@example.com", "8h", null));
        Plan plan = new OfflinePlanner().plan("jane-test", ChildFiles.json(child), "dev up jane-test");

        // WHEN its timeline is modelled
        var timeline = Timeline.of(plan.resources(), CreateDurations.shipped(), Timeline.UNBOUNDED);

        // THEN node account 10 + its IAM member 5 + cluster 330 + system pool 120 + monitoring namespace, policy and
        // secret 15 + kube-prometheus-stack 150 + its PrometheusRule 5 = 635 s (was 790 s: Traefik's 150 s waited
        // for monitoring, and the wildcard record's 10 s for Traefik)
        assertThat(timeline.totalSeconds()).isEqualTo(635);
        assertThat(timeline.criticalPath()).extracting(step -> step.resource().type() + " " + step.resource().name())
                .contains("gcp:container/cluster:Cluster jane-test-blue", "gcp:container/nodePool:NodePool jane-test-blue-system",
                        "kubernetes:helm.sh/v3:Release jane-test-blue-monitoring")
                .doesNotContain("kubernetes:helm.sh/v3:Release jane-test-blue-traefik", "gcp:dns/recordSet:RecordSet jane-test-shared-wildcard");
    }

    @Test
    void anEksAutoModeChildIsReadyWhenItsEntryPointServesAndItsRecordExists() {
        // GIVEN the child jane-test of dev, as dev up --offline derives it
        var child = at(T0).prepare(new EphemeralRequest("jane-test", "dev", "jane@example.com", "8h", null));
        Plan plan = new OfflinePlanner().plan("jane-test", ChildFiles.json(child), "dev up jane-test");

        // WHEN its timeline is modelled
        var timeline = Timeline.of(plan.resources(), CreateDurations.shipped(), Timeline.UNBOUNDED);

        // THEN cluster role and its tag policy 10 + EKS 540 + the deploying role's access entry and association 10
        // + the pool's NodeClass 5 + the first node 60 + Traefik's namespace and policy 10 + Traefik 150 + the
        // wildcard record 45 = 830 s
        assertThat(timeline.totalSeconds()).isEqualTo(830);
        assertThat(timeline.criticalPath()).extracting(step -> step.resource().type())
                .containsSubsequence("aws:iam/role:Role", "aws:eks/cluster:Cluster", "kubernetes:eks.amazonaws.com/v1:NodeClass",
                        "kubernetes:karpenter.sh/v1:NodePool", "kubernetes:helm.sh/v3:Release", "aws:route53/record:Record");
    }
}
