package io.slipway.ops;

/**
 * An operation Slipway will not do in the current state, or a user mistake (unknown version,
 * shifting toward an unverified slot, destroying prod without the flag). The commands print its
 * message and exit 2; nothing has been changed when it is thrown.
 */
public final class RefusedException extends RuntimeException {
    public RefusedException(String message) {
        super(message, null, false, false);
    }
}
