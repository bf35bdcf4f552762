package io.slipway.ops;

import io.slipway.model.Cloud;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.ops.checks.CliSmokeChecks;
import io.slipway.ops.checks.SmokeChecks;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.drill.ClusterLossDrill;
import io.slipway.ops.pulumi.PulumiCli;
import io.slipway.ops.pulumi.PulumiCliDeployer;
import io.slipway.ops.teardown.EnvironmentDestroyer;
import io.slipway.ops.teardown.SlotTeardown;
import io.slipway.ops.tools.AwsLoadBalancerInventory;
import io.slipway.ops.tools.Backups;
import io.slipway.ops.tools.CloudCredentials;
import io.slipway.ops.tools.ClusterWorkloads;
import io.slipway.ops.tools.CommandRunner;
import io.slipway.ops.tools.GcpLoadBalancerInventory;
import io.slipway.ops.tools.KubectlClusterWorkloads;
import io.slipway.ops.tools.LoadBalancerInventory;
import io.slipway.ops.tools.ProcessCommandRunner;
import io.slipway.ops.tools.VeleroBackups;
import io.slipway.ops.upgrade.KubernetesMinorSupport;
import io.slipway.ops.upgrade.UpgradeDriver;
import io.slipway.ops.upgrade.UpgradeStateMachine;
import io.slipway.platform.SpecRules;
import io.slipway.review.PolicyGate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Everything the operational commands work with, wired once: the real ones from {@link #real},
 * the real adapters on other executables from {@link #onTools}, fakes in tests.
 *
 * @param store         the environments' stack config files
 * @param deployer      the {@code pulumi} CLI
 * @param smokeChecks   checks that a slot works
 * @param workloads     removes load-balancer owners from a cluster
 * @param loadBalancers the cloud's load balancers by cluster tag
 * @param backups       Velero
 * @param minorSupport  the add-on lock's supported Kubernetes minors
 * @param clock         the time, for upgrade timestamps, soak periods and drill timings
 * @param sleeper       waiting, for soaks and polls
 * @param confirmer     asks the operator (used unless {@code --yes})
 */
public record Ops(EnvironmentConfigStore store, Deployer deployer, SmokeChecks smokeChecks, ClusterWorkloads workloads,
                  LoadBalancerInventory loadBalancers, Backups backups, KubernetesMinorSupport minorSupport,
                  Clock clock, Sleeper sleeper, Confirmer confirmer) {

    /** The real wiring on the Pulumi project in {@code projectDir} ({@code Pulumi.yaml}, {@code environments/}). */
    public static Ops real(Path projectDir, KubernetesMinorSupport minorSupport, PrintWriter out) {
        // Every environment an operation reads or writes passes the policy checks first (issue 12's gate).
        return onTools(projectDir, PolicyGate.loader(), ProcessCommandRunner.inheritingEnvironment(), PulumiCli.Timeouts.DEFAULT,
                CliSmokeChecks.HttpsProbe.javaHttpClient(), minorSupport, Clock.systemUTC(), Sleeper.system(),
                Confirmer.console(System.in, out), out);
    }

    /** The real adapters with the environments validated by the spec rules alone (what the fake-tool tests drive). */
    public static Ops onTools(Path projectDir, CommandRunner runner, PulumiCli.Timeouts timeouts, CliSmokeChecks.HttpsProbe https,
                              KubernetesMinorSupport minorSupport, Clock clock, Sleeper sleeper, Confirmer confirmer, PrintWriter out) {
        return onTools(projectDir, SpecRules.loader(), runner, timeouts, https, minorSupport, clock, sleeper, confirmer, out);
    }

    /** The real adapters (pulumi, kubectl, helm, aws, gcloud, velero) on whatever executables {@code runner} finds. */
    private static Ops onTools(Path projectDir, EnvironmentLoader loader, CommandRunner runner, PulumiCli.Timeouts timeouts,
                               CliSmokeChecks.HttpsProbe https, KubernetesMinorSupport minorSupport, Clock clock, Sleeper sleeper,
                               Confirmer confirmer, PrintWriter out) {
        LoadBalancerInventory aws = new AwsLoadBalancerInventory(runner);
        LoadBalancerInventory gcp = new GcpLoadBalancerInventory(runner);
        LoadBalancerInventory byCloud = new LoadBalancerInventory() {
            @Override
            public List<String> remaining(SlotTarget target) {
                return (target.spec().cloud() == Cloud.AWS ? aws : gcp).remaining(target);
            }

            @Override
            public void delete(SlotTarget target, List<String> ids) {
                (target.spec().cloud() == Cloud.AWS ? aws : gcp).delete(target, ids);
            }
        };
        // upgrade status only shows an environment: the spec rules without the policy gate's plan.
        EnvironmentConfigStore store = new EnvironmentConfigStore(projectDir.resolve("environments"), loader, SpecRules.loader());
        CloudCredentials credentials = new CloudCredentials(runner);
        return new Ops(
                store,
                new PulumiCliDeployer(new PulumiCli(projectDir, runner, timeouts), out, stack -> credentials.require(store.read(stack).spec())),
                new CliSmokeChecks(runner, https),
                new KubectlClusterWorkloads(runner),
                byCloud,
                new VeleroBackups(runner, clock, sleeper),
                minorSupport,
                clock,
                sleeper,
                confirmer);
    }

    public UpgradeDriver upgrade(boolean yes, PrintWriter out) {
        return new UpgradeDriver(store, deployer, smokeChecks, new UpgradeStateMachine(minorSupport), teardown(out), clock, sleeper,
                confirmer(yes), out);
    }

    public EnvironmentDestroyer destroyer(boolean yes, PrintWriter out) {
        return new EnvironmentDestroyer(store, deployer, teardown(out), workloads, smokeChecks, confirmer(yes), out);
    }

    public ClusterLossDrill drill(boolean yes, PrintWriter out) {
        return new ClusterLossDrill(store, deployer, teardown(out), backups, smokeChecks, clock, confirmer(yes), out);
    }

    private SlotTeardown teardown(PrintWriter out) {
        return new SlotTeardown(deployer, workloads, loadBalancers, clock, sleeper, SlotTeardown.DEFAULT_TIMEOUT, out);
    }

    private Confirmer confirmer(boolean yes) {
        return yes ? Confirmer.alwaysYes() : confirmer;
    }
}
