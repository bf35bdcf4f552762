package io.slipway.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackFileTextTest {
    @TempDir
    Path dir;

    private static String problem(Path file) {
        StackFileProblem problem = catchThrowableOfType(StackFileProblem.class, () -> StackFileText.read(file));
        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).doesNotContain("Exception", "java.");
        return problem.getMessage();
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithTheLineOfTheFirstBadByte() throws IOException {
        // GIVEN a Latin-1 "é" on line 3
        Path file = dir.resolve("Pulumi.latin.yaml");
        Files.write(file, "config:\n  slipway:environment:\n    domain: caf\u00e9.example.com\n".getBytes(StandardCharsets.ISO_8859_1));
        // WHEN / THEN
        assertThat(problem(file)).isEqualTo("not UTF-8: byte 0xE9 on line 3 cannot be read; save the file as UTF-8");
    }

    @Test
    void utf8WithAByteOrderMarkIsRead() throws IOException {
        Path file = dir.resolve("Pulumi.bom.yaml");
        Files.write(file, ("\uFEFFconfig: {}\n").getBytes(StandardCharsets.UTF_8));
        assertThat(StackFileText.read(file)).isEqualTo("config: {}\n");
    }

    @Test
    void danglingAndLoopingLinksAndDirectoriesAreReportedAsWhatTheyAre() throws IOException {
        // GIVEN a link to nothing, two links pointing at each other, and a directory named like a stack file
        Path dangling = Files.createSymbolicLink(dir.resolve("Pulumi.gone.yaml"), dir.resolve("nowhere.yaml"));
        Path first = dir.resolve("Pulumi.a.yaml");
        Path second = dir.resolve("Pulumi.b.yaml");
        Files.createSymbolicLink(first, second);
        Files.createSymbolicLink(second, first);
        Path directory = Files.createDirectory(dir.resolve("Pulumi.dir.yaml"));
        // WHEN / THEN
        assertThat(problem(dangling)).isEqualTo("is a symbolic link to " + dir.resolve("nowhere.yaml") + ", which does not exist");
        assertThat(problem(first)).startsWith("is a symbolic link that cannot be followed (it loops back on itself");
        assertThat(problem(directory)).isEqualTo("is a directory, not a stack file");
        assertThat(problem(dir.resolve("Pulumi.absent.yaml"))).startsWith("no such file");
    }
}
