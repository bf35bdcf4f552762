package io.slipway.ops.cli;

import io.slipway.ops.upgrade.KubernetesMinorSupport;
import io.slipway.ops.Ops;
import picocli.CommandLine;

/**
 * Registers the operational commands under the {@code slipway} root command:
 * {@code upgrade status|start|verify|shift|finish|rollback}, {@code destroy}, {@code recreate} and
 * {@code drill cluster-loss}.
 */
public final class OpsCommands {
    private OpsCommands() {}

    /** The real wiring; {@code minorSupport} is the add-on lock's supported Kubernetes minors. */
    public static CommandLine register(CommandLine root, KubernetesMinorSupport minorSupport) {
        return register(root, (projectDir, out) -> Ops.real(projectDir.toAbsolutePath().normalize(), minorSupport, out));
    }

    public static CommandLine register(CommandLine root, OpsFactory factory) {
        CommandLine upgrade = new CommandLine(new UpgradeCommand())
                .addSubcommand(new UpgradeCommand.Status(factory))
                .addSubcommand(new UpgradeCommand.Start(factory))
                .addSubcommand(new UpgradeCommand.Verify(factory))
                .addSubcommand(new UpgradeCommand.Shift(factory))
                .addSubcommand(new UpgradeCommand.Finish(factory))
                .addSubcommand(new UpgradeCommand.Rollback(factory));
        CommandLine drill = new CommandLine(new DrillCommand())
                .addSubcommand(new DrillCommand.ClusterLoss(factory));
        return root.addSubcommand(upgrade)
                .addSubcommand(new DestroyCommand(factory))
                .addSubcommand(new RecreateCommand(factory))
                .addSubcommand(drill);
    }
}
