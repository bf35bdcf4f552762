package io.slipway.cli.dev;

import io.slipway.addons.lock.AddonLock;
import io.slipway.ephemeral.ChildFiles;
import io.slipway.ephemeral.EphemeralEnvironments;
import io.slipway.ephemeral.PulumiStacks;
import io.slipway.ops.Confirmer;
import io.slipway.ops.Ops;
import io.slipway.ops.pulumi.PulumiCli;
import io.slipway.ops.teardown.SlotTeardown;
import io.slipway.ops.tools.CommandRunner;
import io.slipway.ops.tools.ProcessCommandRunner;
import io.slipway.ops.upgrade.AddonLockMinorSupport;
import io.slipway.platform.SpecRules;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Builds the ephemeral-environment lifecycle for a command run: the real one in {@code slipway}, fakes in tests. */
@FunctionalInterface
public interface DevFactory {
    /**
     * @param projectDir      the Slipway checkout ({@code Pulumi.yaml}, {@code environments/})
     * @param secretsProvider secrets provider of new stacks; null for the backend's default
     * @param yes             apply without asking
     */
    EphemeralEnvironments create(Path projectDir, String secretsProvider, boolean yes, PrintWriter out);

    /** The real wiring: the {@code pulumi} CLI through the deployer, and kubectl and the cloud CLIs for the teardown. */
    static DevFactory real() {
        return (projectDir, secretsProvider, yes, out) -> {
            Path dir = projectDir.toAbsolutePath().normalize();
            return wire(Ops.real(dir, new AddonLockMinorSupport(AddonLock::load), out), dir,
                    ProcessCommandRunner.inheritingEnvironment(), PulumiCli.Timeouts.DEFAULT, secretsProvider, yes, out);
        };
    }

    /**
     * The lifecycle on {@code ops} and a {@code pulumi} CLI run by {@code runner}: {@link #real} on the
     * real tools; the fake-tool tests give it {@code Ops.onTools} and a runner whose PATH starts with the fakes.
     */
    static EphemeralEnvironments wire(Ops ops, Path dir, CommandRunner runner, PulumiCli.Timeouts timeouts, String secretsProvider,
                                      boolean yes, PrintWriter out) {
        var teardown = new SlotTeardown(ops.deployer(), ops.workloads(), ops.loadBalancers(), ops.clock(), ops.sleeper(),
                SlotTeardown.DEFAULT_TIMEOUT, out);
        return new EphemeralEnvironments(ops.store(), new ChildFiles(SpecRules.loader()), ops.deployer(),
                new PulumiStacks(new PulumiCli(dir, runner, timeouts), secretsProvider), teardown,
                ops.clock(), yes ? Confirmer.alwaysYes() : ops.confirmer(), out);
    }
}
