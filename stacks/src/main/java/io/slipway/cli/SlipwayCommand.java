package io.slipway.cli;

import com.pulumi.test.internal.PulumiTestInternal;
import io.slipway.addons.lock.AddonLock;
import io.slipway.cli.bootstrap.BootstrapCommand;
import io.slipway.ops.upgrade.AddonLockMinorSupport;
import io.slipway.ops.cli.OpsCommands;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code slipway} command line. Every subcommand is registered in {@link #SUBCOMMANDS} below and
 * nowhere else; a new command is one more entry there.
 * {@code scope = INHERIT} gives every subcommand the version text and {@code --debug} too.
 */
@Command(name = "slipway", mixinStandardHelpOptions = true, version = "slipway 0.1.0", scope = ScopeType.INHERIT,
        description = "Builds Kubernetes platforms on AWS (EKS) and GCP (GKE) with Pulumi.")
public final class SlipwayCommand implements Runnable {
    /**
     * The commands, in the order usage lists them (then the operational and dev commands). A list
     * instead of the annotation's {@code subcommands}: picocli would build every command's model
     * for every call, and only the one named needs one (docs/performance.md).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            PlanCommand.class,
            ValidateCommand.class,
            EnvironmentsCommand.class,
            TeamsCommand.class,
            BootstrapCommand.class,
            CheckCommand.class,
            DiffCommand.class,
            CostCommand.class,
            GraphCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error, print its stack trace.")
    boolean debug;

    /**
     * The mock engine's own log repeats, with stack traces, the errors a plan reports anyway (kept
     * here because the logging framework holds loggers only weakly).
     */
    private static final Logger MOCK_ENGINE_LOG = Logger.getLogger(PulumiTestInternal.class.getName());

    private final CliServices services;

    public SlipwayCommand(CliServices services) {
        this.services = services;
    }

    /** What the commands work with: the project root, the programs, the bootstrapper. */
    public CliServices services() {
        return services;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with Slipway's error handling: user mistakes exit 2 without a stack trace. */
    public static CommandLine commandLine(CliServices services) {
        return commandLine(services, new String[0]);
    }

    /**
     * The command line for these arguments. Picocli builds the model of every registered command up
     * front, by reflection over its classes, which costs a noticeable share of a short command's
     * start: when the arguments name one of {@link #SUBCOMMANDS}, only that one is added; every
     * command (with the operational ones of io.slipway.ops and {@code dev}) only when they do not,
     * e.g. for those, for {@code --help} or a typo.
     */
    public static CommandLine commandLine(CliServices services, String... args) {
        var errors = new CliErrorHandler();
        var root = new CommandLine(new SlipwayCommand(services));
        Optional<Class<?>> named = args.length == 0 ? Optional.empty()
                : SUBCOMMANDS.stream().filter(command -> command.getAnnotation(Command.class).name().equals(args[0])).findFirst();
        if (named.isPresent()) {
            root.addSubcommand(named.get());
        } else {
            SUBCOMMANDS.forEach(root::addSubcommand);
            OpsCommands.register(root, new AddonLockMinorSupport(AddonLock::load));
            io.slipway.cli.dev.DevCommand.register(root, io.slipway.cli.dev.DevFactory.real());
        }
        return root.setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
    }

    public static int execute(String... args) {
        MOCK_ENGINE_LOG.setUseParentHandlers(false);
        return commandLine(CliServices.production(), args).execute(args);
    }
}
