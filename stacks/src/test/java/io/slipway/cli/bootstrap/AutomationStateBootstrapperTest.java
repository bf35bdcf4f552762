package io.slipway.cli.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutomationStateBootstrapperTest {
    @TempDir
    Path directory;

    @Test
    void withoutThePulumiCliItSaysWhatToInstallAndCreatesNothing() {
        // GIVEN a search path without a pulumi executable
        Path state = directory.resolve("state");
        var progress = new ByteArrayOutputStream();
        var bootstrapper = new AutomationStateBootstrapper(state, new PrintStream(progress, true, StandardCharsets.UTF_8),
                List.of(directory));

        // WHEN a bootstrap is deployed
        // THEN it fails before anything starts, saying what is missing, and creates not even the local state directory
        assertThatThrownBy(() -> bootstrapper.up("acme-state", Map.of("aws:region", "eu-west-1"), ctx -> {
        }))
                .isInstanceOf(BootstrapFailedException.class)
                .hasMessageContaining("no 'pulumi' on PATH")
                .hasMessageContaining("https://www.pulumi.com/docs/install/")
                .hasMessageContaining("Nothing was created");
        assertThat(state).doesNotExist();
        assertThat(progress.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
