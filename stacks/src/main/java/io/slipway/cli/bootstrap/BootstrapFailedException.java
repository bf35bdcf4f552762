package io.slipway.cli.bootstrap;

/** The bootstrap deployment itself failed (no Pulumi CLI, no credentials, a cloud error). */
public final class BootstrapFailedException extends RuntimeException {
    public BootstrapFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
