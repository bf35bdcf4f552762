package io.slipway.plan.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.RegisteredResource;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The timeline of the shipped environments: the cluster decides it, and it ends ready. */
class ShippedEnvironmentsTimelineTest {
    static final String RELEASE = "kubernetes:helm.sh/v3:Release";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dev, aws:eks/cluster:Cluster", "gcp-dev, gcp:container/cluster:Cluster", "prod, aws:eks/cluster:Cluster"})
    void theCriticalPathRunsThroughTheClusterAndEndsAtTheTotal(String stack, String clusterType) {
        Plan plan = new OfflinePlanner().plan(stack, Path.of("..", "environments", "Pulumi." + stack + ".yaml"));

        var timeline = Timeline.of(plan.resources(), CreateDurations.shipped(), Timeline.UNBOUNDED);

        assertThat(timeline.criticalPath()).extracting(s -> s.resource().type()).contains(clusterType);
        assertThat(timeline.criticalPath().get(timeline.criticalPath().size() - 1).finish()).isEqualTo(timeline.totalSeconds());
        assertThat(new TimelineRenderer().render(plan)).contains("Critical path:").containsPattern("ready in \\d+ min\\n$");
    }

    /**
     * The modelled totals (docs/ephemeral.md, "Time to ready"), worked out from create-durations.csv:
     * gcp-dev: network 20 + subnetwork 15 + cluster 330 + system pool 120 + monitoring namespace, policy
     * and secret 15 + kube-prometheus-stack 150 + its PrometheusRule 5 = 655 s (was 810 s while Traefik
     * waited for monitoring, and the records for Traefik). dev: VPC 10 + internet gateway 5 + NAT gateway
     * 120 + route 5 + EKS 540 + OIDC provider, CNI role and policy 15 + vpc-cni 60 + system node group 180 + its
     * taint tag 5 + coredns 60 + StorageClass 5 + load balancer controller 40 + Traefik 150 + Route 53 record 45
     * = 1240 s (was 1365 s).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"dev, 1240", "gcp-dev, 655"})
    void ingressInstallsBesideMonitoringSoTheTotalsAre(String stack, int totalSeconds) {
        // GIVEN a shipped environment's plan WHEN its timeline is modelled
        Plan plan = new OfflinePlanner().plan(stack, Path.of("..", "environments", "Pulumi." + stack + ".yaml"));
        var timeline = Timeline.of(plan.resources(), CreateDurations.shipped(), Timeline.UNBOUNDED);

        // THEN Traefik's release does not wait for the monitoring release: it is done before monitoring is plus its own 150 s
        var monitoring = release(plan, "kube-prometheus-stack");
        var traefik = release(plan, "traefik");
        assertThat(traefik.dependencies()).doesNotContain(monitoring.urn());
        assertThat(timeline.finishSeconds().get(traefik.urn()))
                .isLessThan(timeline.finishSeconds().get(monitoring.urn()) + 150);
        // AND the total is the hand-computed one
        assertThat(timeline.totalSeconds()).isEqualTo(totalSeconds);
    }

    static RegisteredResource release(Plan plan, String chart) {
        return plan.resources().stream().filter(r -> r.type().equals(RELEASE) && chart.equals(r.input("chart").orElse(null)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + chart + " release in the plan"));
    }
}
