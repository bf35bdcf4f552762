package io.slipway.cli.dev;

import io.slipway.cli.JsonOutput;
import io.slipway.cli.PlanVerdict;
import io.slipway.ephemeral.ChildFiles;
import io.slipway.ephemeral.EphemeralEnvironments;
import io.slipway.ephemeral.EphemeralRequest;
import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.cloud.LocationMode;
import io.slipway.model.loading.LoadedEnvironment;
import io.slipway.ops.RefusedException;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.plan.PlanJsonWriter;
import io.slipway.plan.PlanTextRenderer;
import io.slipway.plan.timeline.TimelineRenderer;
import io.slipway.review.diff.ChangeTimelineRenderer;
import io.slipway.platform.PlatformProgram;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slipway dev up NAME --from PARENT}: writes the child's environment file, creates its stack, deploys it. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Creates (or resumes) an ephemeral environment derived from a long-lived one and deploys it.",
                "With --offline: prints its offline plan and the policy checks' verdict instead (exit 3 when a check "
                        + "fails), writing and deploying nothing."})
final class DevUpCommand extends DevCommand.Subcommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The new environment: a DNS label of at most 20 characters.")
    String name;

    @Option(names = "--from", required = true, paramLabel = "PARENT", description = "The long-lived environment to derive from.")
    String parent;

    @Option(names = "--ttl", paramLabel = "TTL", description = "Time to live, e.g. 8h, 30m, 1d (default: the parent's ephemeralPolicy.defaultTtl).")
    String ttl;

    @Option(names = "--owner", defaultValue = "${env:SLIPWAY_OWNER}", paramLabel = "EMAIL",
            description = "Who asks for it (default: $SLIPWAY_OWNER).")
    String owner;

    @Option(names = "--kubernetes-version", paramLabel = "VERSION", description = "Default: the parent's live slot's version.")
    String kubernetesVersion;

    @Option(names = "--offline", description = "Print the offline plan only; nothing is written or deployed.")
    boolean offline;

    @Option(names = "--json", paramLabel = "FILE", description = "With --offline: also write the plan's graph as JSON to FILE.")
    Path json;

    @Option(names = "--timeline", description = "With --offline: also print the modelled time until ready and its critical path.")
    boolean timeline;

    DevUpCommand(DevFactory factory) {
        super(factory);
    }

    @Override
    int run(EphemeralEnvironments environments, PrintWriter out) {
        var request = new EphemeralRequest(name, parent, owner, ttl, kubernetesVersion);
        if (!offline) {
            if (json != null || timeline) {
                throw new RefusedException("--json and --timeline go with --offline");
            }
            var deployed = environments.up(request);
            printAccess(deployed.stack(), deployed.spec(), deployed.outputs(), out);
            return 0;
        }
        String unwritable = JsonOutput.unwritable("--json", json);
        if (unwritable != null) {
            throw new RefusedException(unwritable);
        }
        EnvironmentSpec child = environments.prepare(request);
        // The program pulumi up runs: with the project's teams, which a child gets as its parent does.
        var program = PlatformProgram.withProjectTeams(projectDir);
        var planner = new OfflinePlanner(program);
        String environmentJson = ChildFiles.json(child);
        LoadedEnvironment loaded = planner.validate(environmentJson, "dev up " + name + " --from " + parent);
        Plan plan = planner.plan(name, environmentJson, loaded);
        out.print(new PlanTextRenderer().render(plan));
        if (timeline) {
            out.print(new TimelineRenderer().render(plan));
            environments.prepareClaim(request).ifPresent(claim -> printClaim(claim, planner, out));
        }
        if (json != null) {
            try {
                new PlanJsonWriter().write(plan, json);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + json, e);
            }
            out.println("Wrote the plan as JSON to " + json);
        }
        // The verdict dev up itself would reach before deploying: exit 3 when a policy check fails.
        return new PlanVerdict(program).print(plan, loaded, out);
    }

    /** The time to claim a standby instead, when the parent keeps standbys: the claim's change to the standby's plan. */
    private void printClaim(EphemeralEnvironments.StandbyClaim claim, OfflinePlanner planner, PrintWriter out) {
        Plan standby = planner.plan(claim.stack(), ChildFiles.json(claim.standby()), "standby " + claim.stack() + " of " + parent);
        Plan claimed = planner.plan(claim.stack(), ChildFiles.json(claim.claimed()), "dev up " + name + " claiming " + claim.stack());
        out.println();
        out.println("When " + parent + " has a standby waiting (ephemeralPolicy.standby, kept by dev standby), dev up claims it"
                + " instead: " + claim.stack() + " answers to " + name + ", and only this changes:");
        out.print(new ChangeTimelineRenderer().render(standby, claimed));
    }

    /** How to reach the cluster: the kubeconfig command and the ingress address, from the stack's {@code slots} output. */
    private static void printAccess(String stack, EnvironmentSpec spec, Map<String, Object> outputs, PrintWriter out) {
        String cluster = stack + "-" + EnvironmentSpec.BLUE;
        Object address = outputs.get("slots") instanceof Map<?, ?> slots && slots.get(EnvironmentSpec.BLUE) instanceof Map<?, ?> blue
                ? blue.get("ingressAddress") : null;
        if (spec.cloud() == Cloud.AWS) {
            out.println("kubeconfig: aws eks update-kubeconfig --name " + cluster + " --region " + spec.region());
        } else {
            String location = spec.gcp().locationMode() == LocationMode.ZONAL ? spec.gcp().zone() : spec.region();
            out.println("kubeconfig: gcloud container clusters get-credentials " + cluster + " --location " + location
                    + " --project " + spec.gcp().project());
        }
        out.println("ingress: " + (address == null || address.toString().isEmpty() ? "(none yet)" : address)
                + ", apps answer on *." + spec.domain() + " once DNS has propagated");
    }
}
