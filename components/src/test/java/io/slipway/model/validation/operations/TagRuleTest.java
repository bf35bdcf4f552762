package io.slipway.model.validation.operations;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagRuleTest {
    @Test
    void awsTagsFollowAwsRules() {
        // GIVEN a reserved aws: key, a slipway: key, a key over 128 characters and a value over 256
        String longKey = "k".repeat(129);
        var fixture = EnvironmentFixture.aws().set("tags", "{'aws:owner': me, 'slipway:slot': blue, " + longKey + ": x, note: " + "v".repeat(257) + "}");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each is reported at its tag
        assertHasProblem(problems, "tags.aws:owner", "tag keys starting with 'aws:' are reserved by AWS");
        assertHasProblem(problems, "tags.slipway:slot", "tag keys starting with 'slipway:' are set by Slipway itself");
        assertHasProblem(problems, "tags." + longKey, "is not an AWS tag key; 1 to 128");
        assertHasProblem(problems, "tags.note", "is not an AWS tag value; at most 256");
    }

    @Test
    void awsAcceptsMixedCaseAndPunctuation() {
        // GIVEN tags AWS allows but GCP would not
        var fixture = EnvironmentFixture.aws().set("tags", "{CostCenter: 'CC 4200', 'owner:team': platform@example.com}");
        // WHEN / THEN it loads
        assertThat(fixture.assertValid().spec().tags()).containsEntry("CostCenter", "CC 4200");
    }

    @Test
    void gcpTagsFollowLabelRules() {
        // GIVEN an upper-case key, a key starting with a digit, a value with upper case and a slipway- key
        var fixture = EnvironmentFixture.gcp().set("tags", "{CostCenter: x, 1team: x, team: Platform, slipway-slot: blue}");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each is reported at its label
        assertHasProblem(problems, "tags.CostCenter", "'CostCenter' is not a GCP label key; start with a lower-case letter");
        assertHasProblem(problems, "tags.1team", "is not a GCP label key");
        assertHasProblem(problems, "tags.team", "'Platform' is not a GCP label value");
        assertHasProblem(problems, "tags.slipway-slot", "label keys starting with 'slipway-' are set by Slipway itself");
    }

    @Test
    void tagsMustLeaveRoomForSlipwaysOwn() {
        // GIVEN 47 AWS tags (AWS allows 50 per resource; Slipway adds 4)
        StringBuilder tags = new StringBuilder("{");
        for (int i = 0; i < 47; i++) {
            tags.append("t").append(i).append(": v,");
        }
        var fixture = EnvironmentFixture.aws().set("tags", tags.append("}").toString());
        // WHEN / THEN
        fixture.assertProblem("tags", "47 tags; at most 46 fit next to the ones Slipway adds");
    }

    @Test
    void anEqualsSignWouldSplitTheLoadBalancerAnnotation() {
        // GIVEN a tag value with '=' (AWS allows it; the NLB annotation key=value,... does not)
        var fixture = EnvironmentFixture.aws().set("tags", "{team: 'a=b'}");
        // WHEN / THEN
        fixture.assertProblem("tags.team", "'=' in a tag: the tags are copied into the load balancer annotation");
        EnvironmentFixture.aws().set("tags", "{team: 'a:b/c'}").assertValid();
    }
}
