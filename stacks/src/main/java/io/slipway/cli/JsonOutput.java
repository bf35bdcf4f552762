package io.slipway.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --json FILE} of the commands: the path is checked before any work, the file written after. */
public final class JsonOutput {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOutput() {}

    /** A user mistake when FILE cannot be written, so nothing runs for a file that cannot be written. */
    static void requireDirectory(String option, Path file) {
        String problem = unwritable(option, file);
        if (problem != null) {
            throw new UserMistakeException(problem);
        }
    }

    /**
     * Why {@code option FILE} could not be written (naming the option), or null when it can: FILE must
     * not be a directory, and its directory must exist and be writable.
     */
    public static String unwritable(String option, Path file) {
        if (file == null) {
            return null;
        }
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            return option + " " + file + ": is a directory; give a file name, e.g. " + absolute.resolve("plan.json");
        }
        if (directory == null || !Files.isDirectory(directory)) {
            return option + " " + file + ": the directory " + directory + " does not exist";
        }
        if (!Files.isWritable(directory) || Files.exists(absolute) && !Files.isWritable(absolute)) {
            return option + " " + file + ": cannot be written (no write permission)";
        }
        return null;
    }

    static void write(Path file, Object value) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(value) + "\n");
    }
}
