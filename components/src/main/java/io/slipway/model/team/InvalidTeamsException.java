package io.slipway.model.team;

import io.slipway.model.loading.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown before any resource is registered when one or more team files have problems. */
public final class InvalidTeamsException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidTeamsException(List<Problem> problems) {
        super(problems.stream().map(Problem::render).collect(Collectors.joining("\n")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
