package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.Cloud;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every environment of the project plans with the real program without errors, and every cloud
 * resource it registers carries the environment's cost tag (AWS {@code slipway:environment}) or
 * label (GCP {@code slipway-environment}) wherever its type can hold one.
 */
class EveryEnvironmentCostTagsTest {
    static Stream<String> stacks() {
        return Fixtures.projectStacks().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyCloudResourceCarriesTheEnvironmentCostTag(String stack) {
        // GIVEN a project environment, validated with every rule
        var spec = Fixtures.projectSpec(stack);

        // WHEN it is planned with the real program
        var result = Fixtures.runPlatform(stack, spec);

        // THEN the program reports no errors and registers at least one cluster slot
        assertThat(result.errors()).isEmpty();
        assertThat(result.ofType(ClusterSlot.TYPE)).isNotEmpty();
        String provider = spec.cloud() == Cloud.AWS ? "aws:" : "gcp:";
        String key = spec.cloud() == Cloud.AWS ? EnvironmentContext.TAG_ENVIRONMENT : "slipway-environment";
        var cloudResources = result.resources().stream().filter(r -> r.type().startsWith(provider) && !r.read()).toList();
        assertThat(cloudResources).isNotEmpty();
        var missing = new ArrayList<String>();
        for (var resource : cloudResources) {
            var maps = CloudTags.costTagMaps(resource);
            if (maps.isEmpty() && !CloudTags.UNTAGGABLE.containsKey(resource.type())) {
                missing.add(resource.type() + " " + resource.name() + ": no tags or labels");
            }
            // AND every tag or label map it has holds the environment key with the environment's name
            maps.forEach((path, map) -> {
                if (!stack.equals(map.get(key))) {
                    missing.add(resource.type() + " " + resource.name() + ": " + path + " lacks " + key + "=" + stack + " " + map);
                }
            });
        }
        assertThat(missing).isEmpty();
        // AND no cloud resource of another cloud slipped in (a GCP environment registers nothing on AWS and vice versa)
        String other = spec.cloud() == Cloud.AWS ? "gcp:" : "aws:";
        assertThat(result.resources()).noneMatch(r -> r.type().startsWith(other));
    }

    static Stream<String> untaggableTypes() {
        return CloudTags.UNTAGGABLE.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("untaggableTypes")
    void theExemptTypesReallyTakeNoTagsOrLabels(String type) throws ClassNotFoundException {
        // GIVEN an exempt type token such as aws:ec2/route:Route, and its SDK args class (com.pulumi.aws.ec2.RouteArgs)
        String[] parts = type.split(":");
        String module = parts[1].split("/")[0].replace(".", "");
        var args = Class.forName("com.pulumi." + parts[0] + "." + module + "." + parts[2] + "Args");

        // WHEN its properties are listed THEN none of them is a tag or label map
        assertThat(Arrays.stream(args.getMethods()).map(m -> m.getName()))
                .as(type + " (" + CloudTags.UNTAGGABLE.get(type) + ")")
                .doesNotContain("tags", "labels", "resourceLabels", "userLabels", "tagSpecifications");
    }
}
