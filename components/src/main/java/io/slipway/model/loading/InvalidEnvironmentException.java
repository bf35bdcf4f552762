package io.slipway.model.loading;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown before any resource is registered when an environment has one or more problems. */
public final class InvalidEnvironmentException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidEnvironmentException(List<Problem> problems) {
        super(problems.stream().map(Problem::render).collect(Collectors.joining("\n")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
