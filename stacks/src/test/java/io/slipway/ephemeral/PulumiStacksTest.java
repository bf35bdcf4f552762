package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.ops.OperationFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PulumiStacks} against a recording fake {@code pulumi} first on the search path: it records
 * argv and standard input, answers {@code stack ls --json} as the real CLI does, and fails
 * {@code stack rm} when told to.
 */
class PulumiStacksTest {
    @TempDir
    Path temp;

    Path bin;
    Path log;
    Path project;

    @BeforeEach
    void fakePulumi() throws IOException {
        bin = Files.createDirectories(temp.resolve("bin"));
        project = Files.createDirectories(temp.resolve("project"));
        log = temp.resolve("argv.log");
        Path script = bin.resolve("pulumi");
        Files.writeString(script, """
                #!/bin/sh
                echo "argv: $*" >> "%1$s"
                case "$1 $2" in
                  "stack ls") echo '[{"name":"dev","current":true,"updateInProgress":false},{"name":"organization/slipway/pr-7","current":false}]' ;;
                  "config set") echo "stdin: $(cat)" >> "%1$s" ;;
                  "stack rm") if [ -f "%2$s" ]; then echo "error: stack 'x' still has resources; use --force" >&2; exit 255; fi ;;
                esac
                """.formatted(log, temp.resolve("fail-rm")));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private PulumiStacks stacks(String secretsProvider) {
        // A directory without pulumi first, then the fake: the first match on the path wins.
        return new PulumiStacks(project, secretsProvider, List.of(temp.resolve("empty"), bin));
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(log);
    }

    @Test
    void existsReadsTheJsonListInShortAndQualifiedForms() throws IOException {
        assertThat(stacks(null).exists("dev")).isTrue();
        assertThat(stacks(null).exists("pr-7")).isTrue();
        assertThat(stacks(null).exists("pr-8")).isFalse();
        assertThat(calls().get(0)).isEqualTo("argv: stack ls --json --non-interactive --cwd " + project);
    }

    @Test
    void createInitsTheStackWithTheSecretsProviderAndSetsTheGrafanaPasswordThroughStandardInput() throws IOException {
        stacks("awskms://alias/slipway/pulumi-secrets?region=eu-west-1").create("pr-9");

        var calls = calls();
        assertThat(calls.get(0)).isEqualTo("argv: stack init pr-9 --secrets-provider awskms://alias/slipway/pulumi-secrets?region=eu-west-1"
                + " --non-interactive --cwd " + project);
        assertThat(calls.get(1)).isEqualTo("argv: config set --secret grafanaAdminPassword --stack pr-9 --non-interactive --cwd " + project);
        // The password never appears on the command line, and is a long random value
        assertThat(calls.get(2)).matches("stdin: [A-Za-z0-9_-]{32}");
    }

    @Test
    void removeFailsWithTheCliErrorWhenTheStackIsNotEmpty() throws IOException {
        Files.createFile(temp.resolve("fail-rm"));

        assertThatThrownBy(() -> stacks(null).remove("pr-9"))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("pulumi stack rm pr-9 --yes exited with 255").hasMessageContaining("still has resources");
    }

    @Test
    void noPulumiOnThePathIsAClearFailure() {
        assertThatThrownBy(() -> new PulumiStacks(project, null, List.of(temp.resolve("empty"))).exists("dev"))
                .isInstanceOf(OperationFailedException.class).hasMessageContaining("no 'pulumi' on PATH");
    }
}
