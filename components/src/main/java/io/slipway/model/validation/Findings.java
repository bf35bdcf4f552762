package io.slipway.model.validation;

import io.slipway.model.loading.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects the errors and warnings of one environment file while the rules run. */
public final class Findings {
    private final String source;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<String> incompletePaths = new ArrayList<>();

    public Findings(String source) {
        this.source = source;
    }

    public void error(String path, String message) {
        if (!isConsequence(path)) {
            errors.add(new Problem(source, path, message));
        }
    }

    public void warn(String path, String message) {
        warnings.add(new Problem(source, path, message));
    }

    public void addErrors(List<Problem> problems) {
        problems.forEach(problem -> error(problem.path(), problem.message()));
    }

    /**
     * From now on, drops errors at, below, or up to two levels above these paths: the structural
     * check removed or defaulted the values there, so what a later rule says about them (a pool
     * list "without" a system pool whose {@code system: maybe} was dropped) only repeats a problem
     * already reported, misleadingly. Two levels reach the list a value's object sits in; problems
     * further up (the slot weights' sum) do not depend on one dropped value and are still reported.
     */
    public void ignoreConsequencesOf(List<String> paths) {
        incompletePaths.addAll(paths);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Problem> errors() {
        return List.copyOf(errors);
    }

    private boolean isConsequence(String path) {
        return incompletePaths.stream().anyMatch(incomplete -> isWithin(path, incomplete)
                || isWithin(incomplete, path) && depth(incomplete) - depth(path) <= 2);
    }

    private static boolean isWithin(String path, String ancestor) {
        return path.equals(ancestor) || ancestor.isEmpty()
                || path.startsWith(ancestor) && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
    }

    private static long depth(String path) {
        return path.chars().filter(c -> c == '.' || c == '[').count();
    }

    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }
}
