package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.plan.timeline.CreateDurations;
import io.slipway.plan.timeline.Timeline;
import io.slipway.platform.PlatformProgram;
import io.slipway.review.diff.ChangeTimeline;
import io.slipway.review.diff.ChangeTimelineRenderer;
import io.slipway.review.diff.ResourceChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The modelled time to claim a standby child: a {@code pulumi up} on the standby's stack where only the domain
 * ({@code <parent>-sb1.<parent domain>} becomes {@code pr-12.<parent domain>}) and the expiry change, against the
 * child's cold create (docs/ephemeral.md, "Time to ready": 830 s on AWS, 635 s on GCP).
 */
class ClaimTimelineTest extends EphemeralTestbed {
    private static final Path REVIEW_DOCS = Path.of("..", "docs", "review.md");

    /**
     * The standby of {@code parent} as {@code dev standby} creates it, and as {@code dev up pr-12} claims it two
     * hours later, planned with the project's teams as {@code dev up --offline --timeline} plans them.
     */
    private ChangeTimeline claim(String parent) {
        var claim = at(T0.plusSeconds(7200)).prepareClaim(request("pr-12", parent, "8h")).orElseThrow();
        var planner = new OfflinePlanner(PlatformProgram.withProjectTeams(Path.of("..")));
        Plan before = planner.plan(claim.stack(), ChildFiles.json(claim.standby()), "standby of " + parent);
        Plan after = planner.plan(claim.stack(), ChildFiles.json(claim.claimed()), "claim of " + claim.stack());
        assertThat(claim.claimed().domain()).startsWith("pr-12.");
        return ChangeTimeline.of(before, after);
    }

    private static List<String> path(ChangeTimeline change) {
        return change.criticalPath().stream().map(s -> s.resource().type() + " " + s.resource().name() + " @" + s.finish()).toList();
    }

    private static Timeline cold(String parent, EphemeralEnvironments environments) {
        var child = environments.prepare(request("pr-12", parent, "8h"));
        return Timeline.of(new OfflinePlanner().plan("pr-12", ChildFiles.json(child), "dev up pr-12").resources(),
                CreateDurations.shipped(), Timeline.UNBOUNDED);
    }

    @Test
    void claimingAnAwsStandbyTakesItsTagUpdatesTraefiksRolloutAndTheRenamedRecords() throws IOException {
        // GIVEN a standby child of dev, and the same stack claimed for pr-12
        // WHEN the claim's change is modelled
        ChangeTimeline change = claim("dev");

        // THEN tags update in place, the two Route 53 records are replaced (a new name is ForceNew)
        assertThat(change.changes()).filteredOn(c -> c.kind() == ResourceChange.Kind.REPLACE)
                .extracting(ResourceChange::name).containsExactly("dev-sb1-blue-direct-wildcard", "dev-sb1-blue-weighted-wildcard");
        // (the expiry tag on 11 AWS resources, a team's access entry among them, two ClusterIssuers' zone, two releases)
        assertThat(change.count(ResourceChange.Kind.UPDATE)).isEqualTo(14);
        assertThat(change.count(ResourceChange.Kind.ADD) + change.count(ResourceChange.Kind.DELETE)).isZero();
        // AND the path, from update-durations.csv and create-durations.csv: the cluster role's tags 5 s, the EKS
        // cluster's tags 5 s (TagResource), the admin access entry's tags 5 s, Traefik's release 30 s (its Service
        // annotation holds the expiry; no load balancer wait), then the renamed wildcard record created anew 45 s = 90 s
        assertThat(path(change)).containsExactly(
                "aws:iam/role:Role dev-sb1-blue-cluster-role @5",
                "aws:eks/cluster:Cluster dev-sb1-blue @10",
                "aws:eks/accessEntry:AccessEntry dev-sb1-blue-admins-platform-admin @15",
                "kubernetes:helm.sh/v3:Release dev-sb1-blue-traefik @45",
                "aws:route53/record:Record dev-sb1-blue-direct-wildcard @90");
        assertThat(change.totalSeconds()).isEqualTo(90);
        // AND that is a ninth of the cold create of the same child, 830 s
        assertThat(cold("dev", at(T0)).totalSeconds()).isEqualTo(830);
        assertThat(change.totalSeconds() * 9).isLessThanOrEqualTo(830);
        assertThat(new ChangeTimelineRenderer().render(change))
                .contains("ready in 2 min\n16 changes (0 added, 14 updated, 2 replaced), 2 deletions after\n");
        // AND docs/review.md shows what it prints today
        assertThat(Files.readString(REVIEW_DOCS)).contains(new ChangeTimelineRenderer().render(change).strip());
    }

    @Test
    void claimingAGkeStandbyTakesTheClusterLabelsThenTheNodePoolsThenExternalDns() throws IOException {
        // GIVEN a standby child of gcp-dev, and the same stack claimed for pr-12
        // WHEN the claim's change is modelled
        ChangeTimeline change = claim("gcp-dev");

        // THEN labels update in place, the two Cloud DNS record sets are replaced
        assertThat(change.changes()).filteredOn(c -> c.kind() == ResourceChange.Kind.REPLACE)
                .extracting(ResourceChange::name).containsExactlyInAnyOrder("gcp-dev-sb1-blue-direct-wildcard", "gcp-dev-sb1-shared-wildcard");
        assertThat(change.count(ResourceChange.Kind.UPDATE)).isEqualTo(10);
        // AND the path: the cluster's SetResourceLabels operation 30 s, the node pools' UpdateNodePool operations
        // together (the unverified, conservative 120 s), then external-dns's release with its new domain filter,
        // Recreate strategy, 30 s = 180 s. The records (10 s each, after the address's labels and the cluster) are not on it.
        assertThat(path(change)).containsExactly(
                "gcp:container/cluster:Cluster gcp-dev-sb1-blue @30",
                "gcp:container/nodePool:NodePool gcp-dev-sb1-blue-system @150",
                "kubernetes:helm.sh/v3:Release gcp-dev-sb1-blue-external-dns @180");
        assertThat(change.totalSeconds()).isEqualTo(180);
        // AND that is under a third of the cold create of the same child, 635 s
        assertThat(cold("gcp-dev", at(T0)).totalSeconds()).isEqualTo(635);
        assertThat(change.totalSeconds() * 3).isLessThan(635);
        assertThat(new ChangeTimelineRenderer().render(change))
                .contains("ready in 3 min\n12 changes (0 added, 10 updated, 2 replaced), 2 deletions after\n");
        assertThat(Files.readString(REVIEW_DOCS)).contains(new ChangeTimelineRenderer().render(change).strip());
    }
}
