package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.Problem;
import io.slipway.model.loading.SpecRule;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.platform.SpecRules;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy gate guards what a dev command deploys, never what it shows or destroys: a child that a
 * newer rule refuses is still listed and reaped, and a child the gate refuses is never written.
 */
class EphemeralPolicyGateTest extends EphemeralTestbed {
    /** A gate like the policy checks: the spec rules and one that refuses every ephemeral environment. */
    private void gateRefusingChildren() {
        var rules = new ArrayList<SpecRule>(SpecRules.rules());
        rules.add((spec, source) -> spec.isEphemeral()
                ? List.of(new Problem(source, "slots", "SLW-TEST-001 refuses ephemeral environments")) : List.of());
        store = new EnvironmentConfigStore(store.file("dev").getParent(), new EnvironmentLoader(rules), SpecRules.loader());
    }

    @Test
    void anExpiredChildANewerRuleRefusesIsStillListedAndReaped() {
        // GIVEN a child deployed an hour-long while every rule passed, and then a rule that refuses it
        at(T0).up(request("old", "dev", "1h"));
        gateRefusingChildren();
        journal.clear();

        // WHEN it is listed, and the reaper runs two hours later
        var listed = at(T0).children().children().stream().map(FoundChild::name).toList();
        var report = at(T0.plus(Duration.ofHours(2))).reap(false);

        // THEN it is listed and destroyed, stack and file: nobody pays for it because a rule changed
        assertThat(listed).containsExactly("old");
        assertThat(report.reaped()).containsExactly("old");
        assertThat(report.failed()).isEmpty();
        assertThat(journal).anyMatch(line -> line.startsWith("destroy old")).contains("stack remove old");
        assertThat(store.file("old")).doesNotExist();
    }

    @Test
    void aChildTheGateRefusesIsNeitherWrittenNorDeployed() {
        // GIVEN a gate that refuses children
        gateRefusingChildren();

        // WHEN jane asks for one
        assertThatThrownBy(() -> at(T0).up(request("jane-test", "dev", "8h")))
                .isInstanceOf(InvalidEnvironmentException.class).hasMessageContaining("SLW-TEST-001");

        // THEN nothing is left: no file, no stack, no deployment
        assertThat(store.file("jane-test")).doesNotExist();
        assertThat(journal).isEmpty();
    }

    @Test
    void anExtensionTheGateRefusesChangesNothing() throws Exception {
        // GIVEN a deployed child, then a gate that refuses it
        at(T0).up(request("jane-test", "dev", "8h"));
        byte[] before = Files.readAllBytes(store.file("jane-test"));
        gateRefusingChildren();
        journal.clear();

        // WHEN it is extended
        assertThatThrownBy(() -> at(T0).extend("jane-test", "4h")).hasMessageContaining("SLW-TEST-001");

        // THEN the file and the deployment are as they were
        assertThat(Files.readAllBytes(store.file("jane-test"))).isEqualTo(before);
        assertThat(journal).isEmpty();
    }
}
