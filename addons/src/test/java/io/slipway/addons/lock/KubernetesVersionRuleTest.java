package io.slipway.addons.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.slipway.addons.Fixtures;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesVersionRuleTest {

    static void load(String yaml) throws Exception {
        new EnvironmentLoader(List.of(new KubernetesVersionRule())).fromTree(new ObjectMapper(new YAMLFactory()).readTree(yaml), "environments/Pulumi.dev.yaml");
    }

    @Test
    void aSlotOutsideTheLocksMinorsIsRefusedWithItsKeyPath() {
        // GIVEN a slot on Kubernetes 1.31, older than the pinned add-ons support
        var yaml = Fixtures.AWS.formatted("dev", "").replace("\"1.34\"", "\"1.31\"");

        // WHEN the environment is loaded with the rule THEN the problem names the file, the key path and the range
        assertThatThrownBy(() -> load(yaml)).isInstanceOfSatisfying(InvalidEnvironmentException.class, e ->
                assertThat(e.problems()).extracting(Problem::render).containsExactly(
                        "environments/Pulumi.dev.yaml: slots.blue.kubernetesVersion: Kubernetes '1.31' is not supported by the "
                                + "pinned add-ons; supported minors: 1.32 to 1.35 (addons/src/main/resources/io/slipway/addons/addons.lock.yaml)"));
    }

    @Test
    void aSupportedSlotPasses() throws Exception {
        // GIVEN / WHEN a 1.34 slot (and a GKE patch version) is loaded THEN no problem is reported
        load(Fixtures.AWS.formatted("dev", ""));
        var rule = new KubernetesVersionRule(Fixtures.LOCK);
        assertThat(rule.check(Fixtures.gcp("dev", "").spec().withSlot("green",
                Fixtures.gcp("dev", "").spec().slots().get("blue").withVersionAndWeight("1.35.1-gke.100", 0)), "f.yaml")).isEmpty();
    }
}
