package io.slipway.ops.tools;

import io.slipway.ops.OperationFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The {@link CommandRunner} on {@link ProcessBuilder}. A program missing from the PATH is a clear failure. */
public final class ProcessCommandRunner implements CommandRunner {
    @Override
    public CommandOutput run(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            // Read both streams concurrently so a chatty stderr cannot block the process.
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
            String stdout = drain(process.getInputStream());
            int exitCode = process.waitFor();
            return new CommandOutput(exitCode, stdout, stderr.join());
        } catch (IOException e) {
            throw new OperationFailedException("cannot run " + command.get(0) + " (is it installed and on the PATH?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationFailedException("interrupted while running " + String.join(" ", command));
        }
    }

    private static String drain(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
