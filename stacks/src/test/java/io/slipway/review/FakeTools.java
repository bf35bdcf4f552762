package io.slipway.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/** Recording fake executables: a script per tool in a bin directory that is the whole PATH of the tool's environment. */
public final class FakeTools {
    private FakeTools() {}

    /** Writes {@code bin/<name>}: logs its arguments, one call per line, to {@code bin/<name>.calls}, then runs {@code body}. */
    public static Path install(Path bin, String name, String body) throws IOException {
        Files.createDirectories(bin);
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/bash\necho \"$*\" >> \"" + bin.resolve(name + ".calls") + "\"\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    public static Map<String, String> pathOnly(Path bin) {
        return Map.of("PATH", bin.toString());
    }

    public static List<String> calls(Path bin, String name) throws IOException {
        Path log = bin.resolve(name + ".calls");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
