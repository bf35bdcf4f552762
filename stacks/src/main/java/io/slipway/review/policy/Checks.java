package io.slipway.review.policy;

import io.slipway.offline.RegisteredResource;
import io.slipway.review.graph.PlanGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The shape most rules share: look at every resource of one type. */
final class Checks {
    private Checks() {}

    /** A violation per resource of the type whose check returns a message (null when it passes). */
    static List<Violation> each(PlanGraph g, String type, Function<RegisteredResource, String> check) {
        List<Violation> found = new ArrayList<>();
        for (RegisteredResource r : g.ofType(type)) {
            String message = check.apply(r);
            if (message != null) {
                found.add(Violation.of(r, message));
            }
        }
        return found;
    }

    /** Like {@link #each} for several types. */
    static List<Violation> each(PlanGraph g, List<String> types, Function<RegisteredResource, String> check) {
        List<Violation> found = new ArrayList<>();
        types.forEach(type -> found.addAll(each(g, type, check)));
        return found;
    }
}
