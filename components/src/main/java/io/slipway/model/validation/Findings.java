package io.slipway.model.validation;

import io.slipway.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects the errors and warnings of one environment file while the rules run. */
public final class Findings {
    private final String source;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public Findings(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void error(String path, String message) {
        errors.add(new Problem(source, path, message));
    }

    public void warn(String path, String message) {
        warnings.add(new Problem(source, path, message));
    }

    public void addErrors(List<Problem> problems) {
        errors.addAll(problems);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Problem> errors() {
        return List.copyOf(errors);
    }

    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }
}
