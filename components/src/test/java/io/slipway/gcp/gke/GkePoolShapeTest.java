package io.slipway.gcp.gke;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.Capacity;
import io.slipway.model.NodePoolSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class GkePoolShapeTest {
    @Test
    void splittingTheLargestPoolCannotOverflow() {
        // GIVEN the rounding-up division at the top of the int range, where (a + b - 1) / b wraps negative
        // WHEN / THEN it stays exact
        assertThat(GkePoolShape.ceilDiv(Integer.MAX_VALUE, 2)).isEqualTo(1 << 30);
        assertThat(GkePoolShape.ceilDiv(7, 3)).isEqualTo(3);
        assertThat(GkePoolShape.ceilDiv(0, 3)).isZero();
    }

    @Test
    void aSpotPoolAtTheLargestSizeSplitsIntoSharesThatReachItsMax() {
        // GIVEN a spot pool of the largest size validation allows, over three machine types
        var pool = new NodePoolSpec("workers", false, Capacity.SPOT, List.of("e2-standard-4", "n2-standard-4", "n2d-standard-4"),
                1000, 1000, 1000, null, null, null);
        // WHEN it is split into GKE pools
        var shapes = GkePoolShape.of(pool);
        // THEN every share is positive and together they cover the pool's max
        assertThat(shapes).hasSize(4);
        assertThat(shapes.subList(0, 3)).allSatisfy(shape -> assertThat(shape.totalMax()).isEqualTo(334));
        assertThat(shapes.subList(0, 3).stream().mapToInt(GkePoolShape::totalMin).sum()).isEqualTo(1000);
    }
}
