package io.slipway.model.yaml;

import org.yaml.snakeyaml.error.Mark;

/** Why a stack file cannot be read or parsed, with the line it is on when that is known. */
public final class StackFileProblem extends RuntimeException {
    private final int line;

    StackFileProblem(String message, Mark mark) {
        this(mark == null ? message : message + " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")",
                mark == null ? 0 : mark.getLine() + 1);
    }

    StackFileProblem(String message) {
        this(message, 0);
    }

    StackFileProblem(String message, int line) {
        super(message, null, false, false);
        this.line = line;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }
}
