package io.slipway.model.validation.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.Tier;
import io.slipway.model.team.TeamQuotaSpec;
import org.junit.jupiter.api.Test;

class TeamSettingsRuleTest {
    @Test
    void theEnvironmentsTeamDefaultsAreKubernetesQuantities() {
        // GIVEN an environment whose team quota has a GB memory and a limit below its request
        var fixture = EnvironmentFixture.aws().set("teams", "{quota: {memory: 16GB, cpu: '4', cpuLimit: '2'}, containerDefaults: {cpuRequest: lots}}");
        // WHEN / THEN each is refused at its key path
        fixture.assertProblem("teams.quota.memory", "'16GB' is not a Kubernetes quantity");
        fixture.assertProblem("teams.quota.cpuLimit", "cpuLimit 2 is below cpu 4");
        fixture.assertProblem("teams.containerDefaults.cpuRequest", "'lots' is not a Kubernetes quantity");
    }

    @Test
    void theEnvironmentOverridesTheTiersDefaultsAndCanTurnTeamsOff() {
        // GIVEN a prod environment raising pods and one turning teams off
        var raised = EnvironmentFixture.aws().set("teams", "{quota: {pods: 250}}").assertValid().spec();
        var off = EnvironmentFixture.aws().set("teams", "{enabled: false}").assertValid().spec();
        // THEN pods come from the environment, everything else from the prod tier
        assertThat(raised.teams().quotaFor(Tier.PROD)).isEqualTo(new TeamQuotaSpec("8", "16Gi", "16", "32Gi", 250, 0, 20, "200Gi"));
        assertThat(raised.teams().enabled()).isTrue();
        assertThat(off.teams().enabled()).isFalse();
    }

    @Test
    void theRbacSecurityGroupIsGkesWellKnownGroup() {
        EnvironmentFixture.gcp().set("gcp.rbacSecurityGroup", "platform@example.com")
                .assertProblem("gcp.rbacSecurityGroup", "GKE requires gke-security-groups@<your domain>");
        EnvironmentFixture.gcp().set("gcp.rbacSecurityGroup", "gke-security-groups@example.com").assertValid();
    }
}
