package io.slipway.ops.cli;

import io.slipway.ops.Ops;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Builds the operational wiring for a command run: the real one in {@code slipway}, fakes in tests. */
@FunctionalInterface
public interface OpsFactory {
    Ops create(Path projectDir, PrintWriter out);
}
