package io.slipway.cli;

/** Something the user can fix (a bad option value, a missing directory): a message, exit code 2, no trace. */
public final class UserMistakeException extends RuntimeException {
    public UserMistakeException(String message) {
        super(message, null, false, false);
    }
}
