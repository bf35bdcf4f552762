package io.slipway.platform;

import io.slipway.addons.PlatformNamespaces;
import io.slipway.model.team.TeamCatalog;
import io.slipway.model.team.TeamLoader;
import io.slipway.plan.StackFiles;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The application teams of a project: {@code <root>/teams/*.yaml}, placed in the environments of
 * {@code <root>/environments/}. The root is the project directory (where {@code Pulumi.yaml} lives):
 * {@code pulumi up} runs the program with it as the working directory, and {@code ./slipway} passes it as
 * {@code -Dslipway.home}. Team files are read from the working tree, not from the jar, so a team's pull
 * request takes effect without a rebuild.
 */
public final class ProjectTeams {
    public static final String DIRECTORY = "teams";
    public static final String ENVIRONMENTS = "environments";

    private ProjectTeams() {}

    /**
     * Every team file of the project, validated.
     *
     * @throws io.slipway.model.team.InvalidTeamsException with every problem of every file
     */
    public static TeamCatalog load(Path root) {
        Set<String> environments = Set.copyOf(new StackFiles(root.resolve(ENVIRONMENTS)).stacks());
        return new TeamLoader(environments, PlatformNamespaces.all()).loadDirectory(root.resolve(DIRECTORY));
    }

    /**
     * {@link #load} at the first call, the same catalog after: for one command, during which the
     * team files do not change. A failed read is not kept, so every call reports it.
     */
    public static Supplier<TeamCatalog> readOnce(Path root) {
        var read = new AtomicReference<TeamCatalog>();
        return () -> read.updateAndGet(catalog -> catalog != null ? catalog : load(root));
    }
}
