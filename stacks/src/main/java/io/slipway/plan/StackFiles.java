package io.slipway.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environments directory: one {@code Pulumi.<stack>.yaml} per environment stack, the same
 * files {@code pulumi up} reads through {@code stackConfigDir}.
 */
public final class StackFiles {
    private static final Pattern STACK_FILE = Pattern.compile("Pulumi\\.([A-Za-z0-9_.-]+)\\.yaml");

    private final Path directory;

    public StackFiles(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** The stack names with a file in the directory, sorted; empty when the directory is missing. */
    public List<String> stacks() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> STACK_FILE.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /**
     * The stack's file, or an {@link UnknownStackException} naming the stacks there are. Relative to
     * the working directory when it lies below it, so messages say {@code environments/Pulumi.dev.yaml}.
     * A directory or a broken symbolic link under the stack's name is returned too: the loader then
     * says what it is, where "unknown stack" would contradict the listing.
     */
    public Path fileOf(String stack) {
        Path file = directory.resolve("Pulumi." + stack + ".yaml");
        if (!STACK_FILE.matcher(file.getFileName().toString()).matches() || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnknownStackException(stack, directory, stacks());
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    }
}
