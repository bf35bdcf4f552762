package io.slipway.model.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.Tier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TeamQuotaTest {
    @Test
    void quantitiesParseByTheKubernetesGrammar() {
        assertThat(Quantity.parse("500m")).contains(new BigDecimal("0.500"));
        assertThat(Quantity.parse("16Gi")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("17179869184"));
        assertThat(Quantity.parse("1.5")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.5"));
        assertThat(Quantity.parse("1e3")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000"));
        assertThat(Quantity.parse(".5k")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500"));
        assertThat(Quantity.parse("16GB")).isEmpty();
        assertThat(Quantity.parse("16 Gi")).isEmpty();
        assertThat(Quantity.parse("Gi")).isEmpty();
        assertThat(Quantity.parse("1ki")).isEmpty();
    }

    @Test
    void aTeamOverridesTheEnvironmentWhichOverridesTheTier() {
        // GIVEN dev defaults, an environment raising pods, and the namespace quota
        var environment = new TeamsSpec(true, new TeamQuotaSpec(null, null, null, null, 40, null, null, "30Gi"), null);
        var namespace = new TeamQuotaSpec("8", "16Gi", null, null, 50, null, null, null);
        // WHEN resolved
        TeamQuotaSpec quota = namespace.over(environment.quotaFor(Tier.DEV));
        // THEN the team's requests win and the limits rise with them
        assertThat(quota).isEqualTo(new TeamQuotaSpec("8", "16Gi", "8", "16Gi", 50, 0, 5, "30Gi"));
    }

    @Test
    void aLimitOverriddenBelowTheDefaultRequestLowersTheRequest() {
        var quota = new TeamQuotaSpec(null, null, "1", "2Gi", null, null, null, null).over(TeamDefaults.quota(Tier.PROD));
        assertThat(quota.cpu()).isEqualTo("1");
        assertThat(quota.memory()).isEqualTo("2Gi");
        var containers = new ContainerDefaultsSpec(null, null, "50m", null).over(TeamDefaults.containerDefaults(Tier.PROD));
        assertThat(containers).isEqualTo(new ContainerDefaultsSpec("50m", "128Mi", "50m", "512Mi"));
    }
}
