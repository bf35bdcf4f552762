package io.slipway.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up archive on the JDK running the tests (no fakes): a one-class stand-in for
 * the jar, and the JVM's own class-loading log, which says where each class came from. The archive
 * the launcher makes is the one the classes load from; a jar that no longer matches its archive
 * runs from the jar, without a word from the JDK.
 */
class StartupArchiveOnTheRealJdkTest {
    private static final Path LAUNCHER = Path.of("..", "slipway").toAbsolutePath().normalize();
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");
    private static final String FROM_ARCHIVE = "io.slipway.Main source: shared objects file";

    @TempDir
    Path root;

    @BeforeEach
    void projectWithAJar() throws IOException {
        Files.copy(LAUNCHER, root.resolve("slipway"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(BUILT.minusSeconds(3600)));
        Files.createDirectories(root.resolve("stacks/target"));
        jar("first");
    }

    @Test
    void theArchiveTheLauncherMakesIsWhatTheClassesLoadFrom() throws Exception {
        // WHEN a command runs on a fresh build (no archive yet)
        Run run = launch("plan", "dev");

        // THEN the launcher makes the archive once, and the command's classes load from it
        assertThat(run.err()).contains("preparing the start-up archive");
        assertThat(run.out()).contains("first plan dev").contains(FROM_ARCHIVE);
        assertThat(archives()).hasSize(1);

        // WHEN the next command runs THEN it uses the same archive without making it again
        Run next = launch("validate", "dev");
        assertThat(next.err()).isEmpty();
        assertThat(next.out()).contains("first validate dev").contains(FROM_ARCHIVE);
    }

    @Test
    void aJarThatNoLongerMatchesItsArchiveRunsFromTheJarSilently() throws Exception {
        // GIVEN an archive made for the first jar, then a different jar of an older time (so the launcher still takes
        // the archive for fresh and passes it: only the JDK can tell, from the jar's size and time)
        launch("plan", "dev");
        Path archive = archives().get(0);
        jar("second build");
        Files.setLastModifiedTime(jar(), FileTime.from(BUILT.minusSeconds(60)));
        Files.setLastModifiedTime(archive, FileTime.from(BUILT));

        // WHEN a command runs
        Run run = launch("plan", "dev");

        // THEN it runs the new jar's code, loaded from the jar, and the JDK's refusal of the archive prints nothing
        assertThat(run.out()).contains("second build plan dev").doesNotContain(FROM_ARCHIVE)
                .contains("io.slipway.Main source: file:" + jar());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aRebuiltJarGetsANewArchive() throws Exception {
        // GIVEN an archive, then a rebuilt jar newer than it
        launch("plan", "dev");
        Files.setLastModifiedTime(archives().get(0), FileTime.from(BUILT));
        jar("rebuilt");
        Files.setLastModifiedTime(jar(), FileTime.from(BUILT.plusSeconds(60)));

        // WHEN a command runs THEN the archive is made again for the new jar and used
        Run run = launch("plan", "dev");
        assertThat(run.err()).contains("preparing the start-up archive");
        assertThat(run.out()).contains("rebuilt plan dev").contains(FROM_ARCHIVE);
    }

    private record Run(String out, String err) {}

    private Run launch(String... args) throws Exception {
        var command = new ArrayList<>(List.of("bash", root.resolve("slipway").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        builder.environment().put("SLIPWAY_JAVA_OPTS", "-Xlog:class+load=info");
        builder.environment().remove("SLIPWAY_STARTUP_ARCHIVE");
        Path err = Files.createTempFile(root, "err", ".txt");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        return new Run(out, Files.readString(err));
    }

    private List<Path> archives() throws IOException {
        try (var files = Files.list(root.resolve("stacks/target"))) {
            return files.filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot")).toList();
        }
    }

    /** A jar whose io.slipway.Main prints the greeting and its arguments, built now (so newer than the sources). */
    private void jar(String greeting) throws IOException {
        Path sources = Files.createDirectories(root.resolve("build/src/io/slipway"));
        Path classes = Files.createDirectories(root.resolve("build/classes"));
        Path main = Files.writeString(sources.resolve("Main.java"), """
                package io.slipway;
                public final class Main {
                    public static void main(String[] args) {
                        System.out.println("%s " + String.join(" ", args));
                    }
                }
                """.formatted(greeting));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", classes.toString(),
                main.toString())).isZero();
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "io.slipway.Main");
        try (OutputStream file = Files.newOutputStream(jar()); var out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("io/slipway/Main.class"));
            out.write(Files.readAllBytes(classes.resolve("io/slipway/Main.class")));
            out.closeEntry();
        }
    }

    private Path jar() {
        return root.resolve("stacks/target/slipway.jar");
    }
}
