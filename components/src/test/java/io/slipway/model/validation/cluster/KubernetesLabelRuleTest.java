package io.slipway.model.validation.cluster;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesLabelRuleTest {
    @Test
    void prefixedKeysAndValidValuesLoad() {
        // GIVEN labels with a DNS prefix, dots and an empty value, and a taint without value
        var fixture = EnvironmentFixture.aws()
                .set("slots.blue.nodePools[1].labels", "{example.com/team: payments, workload: general, node.example.io/spot: ''}")
                .set("slots.blue.nodePools[1].taints", "[{key: dedicated, effect: NoSchedule}]");
        // WHEN / THEN it loads
        assertThat(fixture.assertValid().spec().slots().get("blue").nodePools().get(1).labels()).containsEntry("example.com/team", "payments");
    }

    @Test
    void badLabelKeysAndValuesAreRefused() {
        // GIVEN a key with a space, a prefix with upper case, a value ending in a dash and one too long
        var fixture = EnvironmentFixture.aws().set("slots.blue.nodePools[1].labels",
                "{'bad key': x, Example.com/team: a, tier: general-, long: " + "a".repeat(64) + "}");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each is reported at the label's path
        assertHasProblem(problems, "slots.blue.nodePools[1].labels.bad key", "'bad key' is not a valid Kubernetes key");
        assertHasProblem(problems, "slots.blue.nodePools[1].labels.Example.com/team", "is not a valid Kubernetes key");
        assertHasProblem(problems, "slots.blue.nodePools[1].labels.tier", "'general-' is not a valid Kubernetes label or taint value");
        assertHasProblem(problems, "slots.blue.nodePools[1].labels.long", "at most 63");
    }

    @Test
    void badTaintKeysAndValuesAreRefused() {
        // GIVEN a taint key with a trailing slash and a value with a colon
        var fixture = EnvironmentFixture.aws().set("slots.blue.nodePools[0].taints[0]", "{key: 'dedicated/', value: 'a:b', effect: NoSchedule}");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN both are reported at the taint's paths
        assertHasProblem(problems, "slots.blue.nodePools[0].taints[0].key", "'dedicated/' is not a valid Kubernetes key");
        assertHasProblem(problems, "slots.blue.nodePools[0].taints[0].value", "'a:b' is not a valid Kubernetes label or taint value");
    }

    @Test
    void reservedPrefixesAreRefusedOnLabelsAndTaints() {
        // GIVEN labels and a taint under prefixes Kubernetes, EKS and GKE keep for themselves
        var fixture = EnvironmentFixture.aws()
                .set("slots.blue.nodePools[1].labels", "{node-role.kubernetes.io/worker: '', eks.amazonaws.com/capacityType: SPOT, "
                        + "cloud.google.com/gke-nodepool: x, k8s.io/thing: y}")
                .set("slots.blue.nodePools[1].taints", "[{key: node.kubernetes.io/special, effect: NoSchedule}]");
        // WHEN
        List<Problem> problems = fixture.problems();
        // THEN each is refused at its key
        String pool = "slots.blue.nodePools[1]";
        assertHasProblem(problems, pool + ".labels.node-role.kubernetes.io/worker", "uses the prefix node-role.kubernetes.io/, reserved");
        assertHasProblem(problems, pool + ".labels.eks.amazonaws.com/capacityType", "reserved");
        assertHasProblem(problems, pool + ".labels.cloud.google.com/gke-nodepool", "reserved");
        assertHasProblem(problems, pool + ".labels.k8s.io/thing", "reserved");
        assertHasProblem(problems, pool + ".taints[0].key", "use your own prefix, e.g. platform.example.com/");
        // AND an own prefix loads
        EnvironmentFixture.aws().set("slots.blue.nodePools[1].labels", "{platform.example.com/tier: general}").assertValid();
    }

    @Test
    void aTaintKeyAndEffectAppearOncePerPool() {
        // GIVEN the same key twice with one effect, and once more with another effect
        var fixture = EnvironmentFixture.aws().set("slots.blue.nodePools[1].taints", """
                [{key: dedicated, value: a, effect: NoSchedule}, {key: dedicated, value: b, effect: NoSchedule},
                 {key: dedicated, value: a, effect: NoExecute}]""");
        // WHEN / THEN only the repeat of key and effect is refused
        List<Problem> problems = fixture.assertProblem("slots.blue.nodePools[1].taints[1]", "taint 'dedicated' with effect NoSchedule is listed twice");
        assertThat(problems).hasSize(1);
    }
}
