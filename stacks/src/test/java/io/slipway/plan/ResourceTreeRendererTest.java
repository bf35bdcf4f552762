package io.slipway.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceTreeRendererTest {
    private static RegisteredResource resource(String urn, String type, String name, String parent, boolean protect, boolean read) {
        return new RegisteredResource(urn, type, name, parent, Map.of(), List.of(), protect, "", read);
    }

    @Test
    void nestsByParentSortsSiblingsAndMarksReadsAndProtection() {
        // GIVEN a stack, a component with two children out of order, a read resource and an orphan
        var stack = resource("s", "pulumi:pulumi:Stack", "slipway-dev", "", false, false);
        var component = resource("c", "slipway:aws:Network", "net", "s", false, false);
        var vpc = resource("v", "aws:ec2/vpc:Vpc", "vpc", "c", true, false);
        var subnet = resource("n", "aws:ec2/subnet:Subnet", "b", "c", false, false);
        var zone = resource("z", "aws:route53/zone:Zone", "parent-zone", "s", false, true);
        var orphan = resource("o", "aws:s3/bucketV2:BucketV2", "lost", "missing-parent", false, false);

        // WHEN the tree is rendered
        String tree = new ResourceTreeRenderer().render(List.of(vpc, orphan, component, zone, stack, subnet));

        // THEN children sit under their parent sorted by type, reads are '=', protection is shown,
        // and a resource whose parent is not in the plan is still shown, at the top
        assertThat(tree).isEqualTo("""
                + aws:s3/bucketV2:BucketV2  lost
                + pulumi:pulumi:Stack  slipway-dev
                    = aws:route53/zone:Zone  parent-zone
                    + slipway:aws:Network  net
                        + aws:ec2/subnet:Subnet  b
                        + aws:ec2/vpc:Vpc  vpc  [protected]
                """);
    }

    @Test
    void countsByTypeSortedWithTotal() {
        // GIVEN resources of three types WHEN counted
        var resources = List.of(
                resource("1", "b:x:Y", "one", "", false, false),
                resource("2", "a:x:Y", "two", "", false, false),
                resource("3", "b:x:Y", "three", "", false, false));

        // THEN each type appears once with its count, sorted, then the total
        assertThat(new TypeCountsRenderer().render(resources)).isEqualTo("""
                1  a:x:Y
                2  b:x:Y
                3  total
                """);
    }
}
