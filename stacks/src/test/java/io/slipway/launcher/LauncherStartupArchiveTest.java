package io.slipway.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code slipway} launcher's start-up archive and freshness check, run for real with a recording
 * fake {@code java} (and {@code mvn}) first on PATH: which archive it passes to the JVM, when it makes
 * one, and that a command still runs when there is none.
 */
class LauncherStartupArchiveTest {
    private static final Path LAUNCHER = Path.of("..", "slipway").toAbsolutePath().normalize();
    private static final Instant SOURCES = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant JAR = SOURCES.plusSeconds(3600);

    @TempDir
    Path root;

    private Path jdk;
    private Path calls;

    @BeforeEach
    void projectWithABuiltJar() throws IOException {
        Files.copy(LAUNCHER, root.resolve("slipway"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("stacks/src/main/java"));
        Files.createDirectories(root.resolve("stacks/src/test/java"));
        Files.writeString(root.resolve("stacks/pom.xml"), "<project/>");
        Files.writeString(root.resolve("stacks/src/main/java/Main.java"), "class Main {}");
        Files.createDirectories(root.resolve("stacks/target"));
        Files.writeString(jar(), "jar");
        for (Path path : List.of(root.resolve("pom.xml"), root.resolve("stacks/pom.xml"), root.resolve("stacks/src/main/java"),
                root.resolve("stacks/src/main/java/Main.java"), root.resolve("stacks/src/main"), root.resolve("stacks/src"),
                root.resolve("stacks/src/test/java"), root.resolve("stacks/src/test"))) {
            age(path, SOURCES);
        }
        age(jar(), JAR);
        calls = root.resolve("calls.log");
        jdk = root.resolve("jdk");
        fakeJdk("17.0.15+6-Test");
        executable(root.resolve("tools/mvn"), """
                #!/usr/bin/env bash
                echo "mvn $*" >>"%s"
                echo rebuilt >"%s"
                """.formatted(calls, jar()));
    }

    @Test
    void aFreshArchiveOfThisJdkIsUsedWithTheShortLivedJvmSettings() throws Exception {
        // GIVEN the build's archive for this JDK, newer than the jar
        Path archive = archive("17.0.15+6-Test", "jsa", JAR.plusSeconds(10));

        // WHEN a command runs
        var run = launch(Map.of(), "plan", "dev");

        // THEN java is started once, with the archive, C1 only and the serial collector
        assertThat(run).isEqualTo("ran plan dev\n");
        assertThat(calls()).singleElement().satisfies(call -> assertThat(call)
                .contains("-XX:SharedArchiveFile=" + archive)
                .contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC")
                .endsWith("-cp " + jar() + " io.slipway.Main plan dev"));
    }

    @Test
    void theLauncherStartsTheJarsMainClassByName() throws Exception {
        // GIVEN the launcher, which names the main class instead of reading the jar's manifest (-jar would open the
        // jar's directory twice) THEN it is the program's entry point
        assertThat(Files.readString(LAUNCHER)).contains("\nmain=" + io.slipway.Main.class.getName() + "\n");
    }

    @Test
    void aStaleArchiveIsMadeAgainByATrainingRunThenUsed() throws Exception {
        // GIVEN an archive older than the jar (the jar was rebuilt after it)
        Path archive = archive("17.0.15+6-Test", "jsa", JAR.minusSeconds(10));

        // WHEN a command runs
        var run = launch(Map.of(), "validate", "dev");

        // THEN a training run of plan --all writes a new archive aside, then the command uses it
        assertThat(run).isEqualTo("ran validate dev\n");
        assertThat(calls()).hasSize(2);
        assertThat(calls().get(0)).contains("-XX:ArchiveClassesAtExit=" + archive + ".").endsWith(" plan --all");
        assertThat(calls().get(1)).contains("-XX:SharedArchiveFile=" + archive).endsWith(" validate dev");
        assertThat(Files.readString(archive)).isEqualTo("trained\n");
    }

    @Test
    void withoutAnArchiveAndNoWayToMakeOneTheCommandRunsPlain() throws Exception {
        // GIVEN a stale archive and a JDK whose training run writes nothing
        archive("17.0.15+6-Test", "jsa", JAR.minusSeconds(10));

        // WHEN a command runs
        var run = launch(Map.of("FAKE_TRAINING", "fails"), "environments");

        // THEN it still runs, without the stale archive
        assertThat(run).isEqualTo("ran environments\n");
        assertThat(calls()).hasSize(2);
        assertThat(calls().get(1)).doesNotContain("SharedArchiveFile").endsWith(" environments");
    }

    @Test
    void anArchiveOfAnotherJdkIsNotUsed() throws Exception {
        // GIVEN a fresh archive made by another JDK build than the one on PATH
        archive("17.0.14+7-Other", "jsa", JAR.plusSeconds(10));

        // WHEN a command runs THEN this JDK gets its own archive
        launch(Map.of(), "plan", "dev");
        assertThat(calls().get(0)).contains("slipway-17.0.15+6-Test.jsa").doesNotContain("17.0.14");
    }

    @Test
    void java25KeepsAnAheadOfTimeCache() throws Exception {
        // GIVEN Java 25 on PATH and no cache yet
        fakeJdk("25.0.3+9-LTS");
        Path cache = root.resolve("stacks/target/slipway-25.0.3+9-LTS.aot");

        // WHEN a command runs THEN the training run writes an AOT cache and the command uses it
        launch(Map.of(), "plan", "dev");
        assertThat(calls().get(0)).contains("-XX:AOTCacheOutput=" + cache + ".");
        assertThat(calls().get(1)).contains("-XX:AOTCache=" + cache).endsWith(" plan dev");
    }

    @Test
    void theArchiveCanBeTurnedOff() throws Exception {
        // GIVEN a fresh archive WHEN SLIPWAY_STARTUP_ARCHIVE=off THEN it is neither used nor made
        archive("17.0.15+6-Test", "jsa", JAR.plusSeconds(10));
        launch(Map.of("SLIPWAY_STARTUP_ARCHIVE", "off"), "plan", "dev");
        assertThat(calls()).singleElement().satisfies(call -> assertThat(call).doesNotContain("Archive").doesNotContain("AOT"));
    }

    @Test
    void aChangedMainSourceRebuildsTheJarButATestSourceDoesNot() throws Exception {
        // GIVEN a fresh archive and a test source changed after the jar was built
        archive("17.0.15+6-Test", "jsa", JAR.plusSeconds(10));
        Path test = Files.writeString(root.resolve("stacks/src/test/java/MainTest.java"), "class MainTest {}");
        age(test, JAR.plusSeconds(60));
        age(test.getParent(), SOURCES);

        // WHEN a command runs THEN nothing is built: tests are not in the jar
        launch(Map.of(), "plan", "dev");
        assertThat(calls()).noneMatch(call -> call.startsWith("mvn"));

        // WHEN a main source is deleted (only its directory changes) THEN the jar is rebuilt
        Files.delete(root.resolve("stacks/src/main/java/Main.java"));
        Files.delete(calls);
        launch(Map.of(), "plan", "dev");
        assertThat(calls().get(0)).startsWith("mvn ").contains("package");
    }

    private String launch(Map<String, String> environment, String... args) throws Exception {
        var command = new java.util.ArrayList<>(List.of("bash", root.resolve("slipway").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PATH", jdk.resolve("bin") + ":" + root.resolve("tools") + ":" + System.getenv("PATH"));
        builder.environment().remove("SLIPWAY_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out;
    }

    private void fakeJdk(String runtimeVersion) throws IOException {
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"%s\"\nJAVA_VERSION=\"x\"\n"
                .formatted(runtimeVersion));
        // Records its arguments; a training run writes the archive it is asked for, unless told to fail.
        executable(jdk.resolve("bin/java"), """
                #!/usr/bin/env bash
                echo "java $*" >>"%s"
                for arg in "$@"; do
                  case "$arg" in
                    -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*)
                      [[ "${FAKE_TRAINING:-}" == fails ]] || echo trained >"${arg#*=}"
                      exit 0 ;;
                  esac
                done
                while [[ "$1" != io.slipway.Main ]]; do shift; done
                shift
                echo "ran $*"
                """.formatted(calls));
    }

    private Path archive(String runtimeVersion, String extension, Instant time) throws IOException {
        Path archive = root.resolve("stacks/target/slipway-" + runtimeVersion + "." + extension);
        Files.writeString(archive, "archive");
        age(archive, time);
        return archive;
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(calls);
    }

    private Path jar() {
        return root.resolve("stacks/target/slipway.jar");
    }

    private static void age(Path path, Instant time) throws IOException {
        Files.setLastModifiedTime(path, FileTime.from(time));
    }

    private static void executable(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
