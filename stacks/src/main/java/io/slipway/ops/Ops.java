package io.slipway.ops;

import io.slipway.model.Cloud;
import io.slipway.review.PolicyGate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Everything the operational commands work with, wired once: the real ones from {@link #real},
 * fakes in tests.
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
        CommandRunner runner = new ProcessCommandRunner();
        LoadBalancerInventory aws = new AwsLoadBalancerInventory(runner);
        LoadBalancerInventory gcp = new GcpLoadBalancerInventory(runner);
        return new Ops(
                new EnvironmentConfigStore(projectDir.resolve("environments"), PolicyGate.loader()),
                new PulumiAutomationDeployer(projectDir, out),
                new CliSmokeChecks(runner),
                new KubectlClusterWorkloads(runner),
                target -> (target.spec().cloud() == Cloud.AWS ? aws : gcp).remaining(target),
                new VeleroBackups(runner),
                minorSupport,
                Clock.systemUTC(),
                Sleeper.system(),
                Confirmer.console(System.in, out));
    }

    public UpgradeDriver upgrade(boolean yes, PrintWriter out) {
        return new UpgradeDriver(store, deployer, smokeChecks, new UpgradeStateMachine(minorSupport), clock, sleeper,
                confirmer(yes), out);
    }

    public EnvironmentDestroyer destroyer(boolean yes, PrintWriter out) {
        return new EnvironmentDestroyer(store, deployer, teardown(out), smokeChecks, confirmer(yes), out);
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
