package io.slipway.ops.cli;

import io.slipway.ops.RefusedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --project-dir} of the operational and {@code dev} commands, checked before anything runs:
 * a mistyped directory must be refused, not read as a project with no environments (where
 * {@code dev list} would report "no ephemeral environments" and {@code dev reap} reap nothing).
 */
public final class ProjectDirectory {
    private ProjectDirectory() {}

    /** Refuses, naming {@code --project-dir}, unless {@code dir} is a checkout with an {@code environments/} directory. */
    public static Path require(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new RefusedException("--project-dir " + dir + ": no such directory (" + absolute + "); give the Slipway checkout"
                    + " that holds Pulumi.yaml and environments/");
        }
        if (!Files.isDirectory(absolute.resolve("environments"))) {
            throw new RefusedException("--project-dir " + dir + ": " + absolute + " is not a Slipway checkout (it has no"
                    + " environments/ directory); give the checkout that holds Pulumi.yaml and environments/");
        }
        return absolute;
    }
}
