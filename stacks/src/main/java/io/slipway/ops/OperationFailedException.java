package io.slipway.ops;

/**
 * An operation against the outside world failed (the {@code pulumi} CLI, kubectl, a cloud CLI,
 * a smoke check). The commands print its message and exit 1, without a stack trace.
 */
public final class OperationFailedException extends RuntimeException {
    public OperationFailedException(String message) {
        super(message, null, false, false);
    }
}
