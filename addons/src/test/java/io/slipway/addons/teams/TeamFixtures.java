package io.slipway.addons.teams;

import io.slipway.addons.Fixtures;
import io.slipway.addons.PlatformNamespaces;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.team.TeamLoader;
import io.slipway.model.team.TeamSpec;
import io.slipway.offline.OfflineResult;
import java.util.List;
import java.util.Set;

/** The payments team (with a few more namespaces) and a way to plan it on the blue slot. */
final class TeamFixtures {
    static final String PAYMENTS = """
            name: payments
            owners:
              aws: [arn:aws:iam::111122223333:role/payments-developers]
              gcp: [group:payments@example.com, user:alice@example.com]
            contact: payments@example.com
            costCenter: "4711"
            environments: [dev, staging]
            namespaces:
              - name: payments-api
                quota: {cpu: "8", memory: 16Gi, pods: 50}
            """;
    static final String LEGACY_NAMESPACE = """
              - name: payments-legacy
                containerDefaults: {cpuLimit: "2"}
                podSecurity: {level: baseline, reason: the vendor image runs as root}
                allowIngressFrom:
                  - {namespace: checkout-web}
                  - {cidr: 10.20.0.0/16}
            """;

    private TeamFixtures() {}

    static TeamSpec team(String yaml) {
        return new TeamLoader(Set.of("dev", "staging"), PlatformNamespaces.all()).load("teams/payments.yaml", "payments", yaml);
    }

    /** Plans the team set of the blue slot. */
    static OfflineResult plan(EnvironmentContext environment, TeamSpec... teams) {
        return Fixtures.run(environment, cluster -> new TeamSet(cluster.clusterName() + "-teams", cluster, List.of(teams),
                com.pulumi.resources.ComponentResourceOptions.builder().build()));
    }
}
