package io.slipway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.plan.TestEnvironments;
import io.slipway.plan.TinyPlatform;
import io.slipway.platform.SpecRules;
import io.slipway.review.policy.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate the operational commands load environments through. */
class PolicyGateTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    private static EnvironmentLoader gatedLoader() {
        var rules = new ArrayList<>(SpecRules.rules());
        rules.add(new PolicyGate(TinyPlatform::define, Severity.LOW, CLOCK));
        return new EnvironmentLoader(rules);
    }

    @Test
    void refusesAnEnvironmentWhosePlanViolatesAPolicy(@TempDir Path dir) {
        // GIVEN an environment whose program builds a VPC without flow logs or a closed default group
        Path file = TestEnvironments.copyOfDev(dir, "dev");

        // WHEN an operational command loads it through the gate
        // THEN it is refused like an invalid environment, each failure naming rule, resource and the way out
        assertThatThrownBy(() -> gatedLoader().loadStackFile(file))
                .isInstanceOfSatisfying(InvalidEnvironmentException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.message())
                        .anySatisfy(m -> assertThat(m).startsWith("policy SLW-AWS-014 (MEDIUM, VPC flow logs capture all traffic): "
                                + "aws:ec2/vpc:Vpc vpc: no flow log with trafficType ALL; fix it or add a waiver"))
                        .anySatisfy(m -> assertThat(m).startsWith("policy SLW-AWS-015 ")));
    }

    @Test
    void letsAWaivedEnvironmentThrough(@TempDir Path dir) throws Exception {
        // GIVEN the same environment with both violations waived until next month
        Path file = TestEnvironments.copyOfDev(dir, "dev");
        Files.writeString(file, Files.readString(file) + """
                      - {rule: SLW-AWS-014, reason: test network, expires: 2026-12-31}
                      - {rule: SLW-AWS-015, reason: test network, expires: 2026-12-31}
                """);

        // WHEN loaded through the gate THEN it loads
        assertThat(gatedLoader().loadStackFile(file).spec().waivers()).hasSize(3); // dev's own, and these two
    }
}
