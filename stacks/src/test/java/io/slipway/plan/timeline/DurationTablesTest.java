package io.slipway.plan.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped duration files: both load with the one CSV reader, and every figure says where it comes from. */
class DurationTablesTest {

    private static RegisteredResource resource(String type, Map<String, Object> inputs) {
        return new RegisteredResource("urn:pulumi:s::p::" + type + "::r", type, "r", "", inputs, List.of(), false, "", false);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {CreateDurations.RESOURCE, UpdateDurations.RESOURCE})
    void everyRowHasAPositiveFigureAndASourceAndTheTableHasADefault(String file) {
        // GIVEN the shipped file WHEN loaded
        var rows = DurationTable.load(file).rows();

        // THEN it has rows, a default row, and each row a figure and its source or reasoning
        assertThat(rows).isNotEmpty().anySatisfy(row -> assertThat(row.type()).isEqualTo("*"));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.seconds()).as(row.type()).isPositive();
            assertThat(row.source()).as(row.type() + " " + row.chart()).isNotBlank().hasSizeGreaterThan(10);
        });
        // AND no type and chart is listed twice (a second row would silently win)
        assertThat(rows.stream().map(row -> row.type() + "|" + row.chart()).distinct().count()).isEqualTo(rows.size());
    }

    @Test
    void theUpdateTableTimesWhatWaitsAndLeavesTheRestAtTheDefault() {
        // GIVEN the shipped update table
        var updates = UpdateDurations.shipped();
        var creates = CreateDurations.shipped();

        // THEN a tag update on an EKS cluster is one call, far from its create
        assertThat(updates.of(resource("aws:eks/cluster:Cluster", Map.of()))).isEqualTo(5);
        assertThat(creates.of(resource("aws:eks/cluster:Cluster", Map.of()))).isEqualTo(540);
        // AND a GKE cluster's label operation and a node pool's UpdateNodePool are waited for
        assertThat(updates.of(resource("gcp:container/cluster:Cluster", Map.of()))).isEqualTo(30);
        assertThat(updates.of(resource("gcp:container/nodePool:NodePool", Map.of()))).isEqualTo(120);
        // AND a record update waits for its DNS change like a create
        assertThat(updates.of(resource("aws:route53/record:Record", Map.of())))
                .isEqualTo(creates.of(resource("aws:route53/record:Record", Map.of())));
        // AND Helm releases take their chart's row, Traefik without the load balancer wait of its create
        assertThat(updates.of(resource("kubernetes:helm.sh/v3:Release", Map.of("chart", "external-dns")))).isEqualTo(30);
        assertThat(updates.of(resource("kubernetes:helm.sh/v3:Release", Map.of("chart", "traefik"))))
                .isLessThan(creates.of(resource("kubernetes:helm.sh/v3:Release", Map.of("chart", "traefik"))));
        assertThat(updates.of(resource("kubernetes:helm.sh/v3:Release", Map.of("chart", "oci://r/x/other")))).isEqualTo(40);
        // AND anything else is the default call, components and providers nothing
        assertThat(updates.of(resource("kubernetes:cert-manager.io/v1:ClusterIssuer", Map.of()))).isEqualTo(5);
        assertThat(updates.of(resource("slipway:aws:EksCluster", Map.of()))).isZero();
        assertThat(updates.of(resource("pulumi:providers:kubernetes", Map.of()))).isZero();
    }
}
