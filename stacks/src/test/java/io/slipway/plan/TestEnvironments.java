package io.slipway.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's environment files, and copies of them for tests that change a directory. */
public final class TestEnvironments {
    /** The real environments/ directory (tests run in the stacks module). */
    public static final Path PROJECT_ENVIRONMENTS = Path.of("..", "environments").toAbsolutePath().normalize();

    private TestEnvironments() {}

    /** Copies the real dev environment into {@code directory} as stack {@code stack}; returns the file. */
    public static Path copyOfDev(Path directory, String stack) {
        try {
            return Files.copy(PROJECT_ENVIRONMENTS.resolve("Pulumi.dev.yaml"), directory.resolve("Pulumi." + stack + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an environment with a misspelt key ({@code slots.blue.kubernetesVersoin}). */
    public static Path broken(Path directory, String stack) {
        try {
            return Files.writeString(directory.resolve("Pulumi." + stack + ".yaml"), """
                    config:
                      slipway:environment:
                        cloud: aws
                        tier: dev
                        region: eu-west-1
                        domain: broken.example.com
                        slots:
                          blue:
                            kubernetesVersoin: "1.34"
                            weight: 100
                            nodePools:
                              - name: system
                                system: true
                                capacity: onDemand
                                instanceTypes: [t3.medium]
                                min: 1
                                max: 2
                                desired: 1
                        aws:
                          adminRoleArns: []
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
