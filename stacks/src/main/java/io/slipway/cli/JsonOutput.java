package io.slipway.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --json FILE} of the commands: the directory is checked before any work, the file written after. */
final class JsonOutput {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOutput() {}

    /** A user mistake when FILE's directory does not exist, so nothing runs for a file that cannot be written. */
    static void requireDirectory(String option, Path file) {
        if (file == null) {
            return;
        }
        Path directory = file.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new UserMistakeException(option + " " + file + ": the directory " + directory + " does not exist");
        }
    }

    static void write(Path file, Object value) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(value) + "\n");
    }
}
