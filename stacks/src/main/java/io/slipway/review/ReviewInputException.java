package io.slipway.review;

/** Something the user can fix for a review command: an unknown git ref, a missing tool, a file that is not a plan. */
public final class ReviewInputException extends RuntimeException {
    public ReviewInputException(String message) {
        super(message, null, false, false);
    }
}
