package io.slipway.ops;

import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.upgrade.KubernetesMinorSupport;
import io.slipway.platform.SpecRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A throw-away copy of the repository's environment files, and the pieces every ops test needs. */
public final class TestEnvironments {
    public static final Instant T0 = Instant.parse("2026-11-21T05:00:00Z");
    /** What the add-on lock supports in these tests: 1.33 to 1.37. */
    public static final KubernetesMinorSupport LOCK = new KubernetesMinorSupport() {
        @Override
        public boolean supports(String minorVersion) {
            return minorVersion.matches("1\\.3[3-7]");
        }

        @Override
        public String describe() {
            return "1.33 to 1.37";
        }
    };

    private TestEnvironments() {}

    /** A project directory holding copies of environments/Pulumi.{dev,staging,prod}.yaml. */
    public static Path project(Path tempDir) {
        try {
            Path environments = Files.createDirectories(tempDir.resolve("environments"));
            for (String env : new String[] {"dev", "staging", "prod"}) {
                Path source = Path.of("..", "environments", "Pulumi." + env + ".yaml");
                Files.copy(source, environments.resolve(source.getFileName()));
            }
            return tempDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EnvironmentConfigStore store(Path project) {
        return new EnvironmentConfigStore(project.resolve("environments"), SpecRules.loader());
    }
}
