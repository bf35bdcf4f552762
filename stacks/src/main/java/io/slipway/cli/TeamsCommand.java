package io.slipway.cli;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.Tier;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.team.TeamCatalog;
import io.slipway.model.team.TeamNamespaceSpec;
import io.slipway.model.team.TeamQuotaSpec;
import io.slipway.model.team.TeamSpec;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.StackFiles;
import io.slipway.platform.ProjectTeams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slipway teams [ENV]}: the application teams, where they run, and what each namespace may use. */
@Command(name = "teams", mixinStandardHelpOptions = true,
        description = {
                "Lists the application teams of teams/*.yaml with their namespaces, environments, owners and contact.",
                "With an environment: the teams placed there, each namespace with the quota, container defaults "
                        + "and Pod Security level it gets on that environment's clusters."})
final class TeamsCommand implements Callable<Integer> {
    @ParentCommand
    SlipwayCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ENV", description = "An environment, e.g. dev for environments/Pulumi.dev.yaml.")
    String environment;

    @Mixin
    EnvironmentsOption environments;

    @Override
    public Integer call() {
        TeamCatalog teams = root.services().teams();
        StackFiles files = environments.stackFiles(root.services());
        var out = spec.commandLine().getOut();
        if (environment == null) {
            if (teams.teams().isEmpty()) {
                out.println("No team files in " + root.services().home().resolve(ProjectTeams.DIRECTORY)
                        + "; see docs/teams.md for how a team gets its namespaces");
            } else {
                EnvironmentsCommand.printTable(out, overview(teams, tiers(files)));
            }
        } else {
            EnvironmentSpec env = new OfflinePlanner(root.services().platformProgram()).validate(files.fileOf(environment)).spec();
            List<TeamSpec> placed = teams.placedIn(environment, env);
            if (!env.teams().enabled()) {
                out.println("Team namespaces are off in " + environment + " (teams.enabled: false); "
                        + placed.size() + (placed.size() == 1 ? " team is" : " teams are") + " placed there.");
            } else if (placed.isEmpty()) {
                out.println("No team is placed in " + environment + ".");
            } else {
                EnvironmentsCommand.printTable(out, namespaces(placed, env));
            }
        }
        out.flush();
        return 0;
    }

    /** The tier of every valid environment, to resolve placements by tier; an invalid one is left out. */
    private Map<String, Tier> tiers(StackFiles files) {
        var planner = new OfflinePlanner(root.services().platformProgram());
        var tiers = new LinkedHashMap<String, Tier>();
        for (String stack : files.stacks()) {
            try {
                tiers.put(stack, planner.validate(files.fileOf(stack)).spec().tier());
            } catch (InvalidEnvironmentException e) {
                // `slipway environments` and `slipway validate` say what is wrong with it.
            }
        }
        return tiers;
    }

    private static List<List<String>> overview(TeamCatalog teams, Map<String, Tier> tiers) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("TEAM", "NAMESPACES", "ENVIRONMENTS", "OWNERS", "CONTACT", "COST CENTER"));
        for (TeamSpec team : teams.teams()) {
            var placedIn = tiers.entrySet().stream()
                    .filter(e -> team.environments().includes(e.getKey(), e.getValue())).map(Map.Entry::getKey).toList();
            String where = team.environments().tier() == null ? String.join(", ", placedIn)
                    : team.environments().describe() + " (" + (placedIn.isEmpty() ? "none yet" : String.join(", ", placedIn)) + ")";
            rows.add(List.of(team.name(), String.join(", ", team.namespaces().stream().map(TeamNamespaceSpec::name).toList()),
                    where, owners(team), team.contact(), team.costCenter()));
        }
        return rows;
    }

    private static String owners(TeamSpec team) {
        var owners = new ArrayList<String>();
        if (!team.owners().aws().isEmpty()) {
            owners.add(team.owners().aws().size() + " AWS " + (team.owners().aws().size() == 1 ? "role" : "roles"));
        }
        if (!team.owners().gcp().isEmpty()) {
            owners.add(team.owners().gcp().size() + " GCP " + (team.owners().gcp().size() == 1 ? "principal" : "principals"));
        }
        return String.join(", ", owners);
    }

    private static List<List<String>> namespaces(List<TeamSpec> teams, EnvironmentSpec env) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("TEAM", "NAMESPACE", "CPU req/limit", "MEMORY req/limit", "PODS", "LOAD BALANCERS", "PVCS", "STORAGE",
                "CONTAINER DEFAULTS cpu, memory req/limit", "POD SECURITY"));
        for (TeamSpec team : teams) {
            for (TeamNamespaceSpec namespace : team.namespaces()) {
                TeamQuotaSpec quota = namespace.quota().over(env.teams().quotaFor(env.tier()));
                var containers = namespace.containerDefaults().over(env.teams().containerDefaultsFor(env.tier()));
                rows.add(List.of(team.name(), namespace.name(),
                        quota.cpu() + "/" + quota.cpuLimit(), quota.memory() + "/" + quota.memoryLimit(),
                        String.valueOf(quota.pods()), String.valueOf(quota.loadBalancers()),
                        String.valueOf(quota.persistentVolumeClaims()), quota.storage(),
                        containers.cpuRequest() + "/" + containers.cpuLimit() + ", " + containers.memoryRequest() + "/" + containers.memoryLimit(),
                        namespace.podSecurity().level().label()));
            }
        }
        return rows;
    }
}
