package io.slipway.cli;

import io.slipway.plan.StackFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --environments DIR}, shared by the commands that read stack files. */
public final class EnvironmentsOption {
    @Option(names = "--environments", paramLabel = "DIR",
            description = "Directory of the Pulumi.<stack>.yaml files (default: environments/ of the project root).")
    Path directory;

    public StackFiles stackFiles(CliServices services) {
        Path dir = directory != null ? directory : services.defaultEnvironments();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UserMistakeException("--environments " + directory + ": no such directory");
        }
        return new StackFiles(dir);
    }
}
