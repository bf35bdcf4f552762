package io.slipway.review.diff;

import io.slipway.offline.RegisteredResource;
import io.slipway.plan.Plan;
import io.slipway.review.graph.PlanGraph;
import io.slipway.review.graph.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changes between two plans of one environment, resource by resource (matched by URN, as
 * Pulumi matches them), with the changes that force a replacement marked from {@link ReplacementRules}.
 */
public final class PlanDiff {
    private static final String SECRET_TYPE = "kubernetes:core/v1:Secret";
    /** The path of a change of the protect option: Pulumi's state only, no cloud call. */
    static final String PROTECT = "(protect)";

    private final ReplacementRules rules;

    public PlanDiff(ReplacementRules rules) {
        this.rules = rules;
    }

    /**
     * @param prod whether the environment is a prod tier: any foundation change is then flagged loudly
     */
    public List<ResourceChange> diff(Plan base, Plan head, boolean prod) {
        PlanGraph baseGraph = new PlanGraph(base.resources());
        PlanGraph headGraph = new PlanGraph(head.resources());
        Map<String, RegisteredResource> before = byUrn(base);
        Map<String, RegisteredResource> after = byUrn(head);
        var urns = new TreeSet<String>();
        urns.addAll(before.keySet());
        urns.addAll(after.keySet());
        List<ResourceChange> changes = new ArrayList<>();
        for (String urn : urns) {
            RegisteredResource old = before.get(urn);
            RegisteredResource now = after.get(urn);
            if (old == null) {
                changes.add(change(ResourceChange.Kind.ADD, now, headGraph, now.protect(), List.of(), prod));
            } else if (now == null) {
                changes.add(change(ResourceChange.Kind.DELETE, old, baseGraph, old.protect(), List.of(), prod));
            } else {
                List<InputChange> inputs = inputChanges(old, now);
                if (!inputs.isEmpty()) {
                    boolean replace = inputs.stream().anyMatch(c -> c.rule().map(r -> r.effect() == ReplacementRules.Effect.REPLACE).orElse(false));
                    changes.add(change(replace ? ResourceChange.Kind.REPLACE : ResourceChange.Kind.UPDATE, now, headGraph,
                            old.protect() || now.protect(), inputs, prod));
                }
            }
        }
        changes.sort(Comparator.comparing(ResourceChange::section).thenComparing(ResourceChange::component)
                .thenComparing(ResourceChange::urn));
        return changes;
    }

    private List<InputChange> inputChanges(RegisteredResource old, RegisteredResource now) {
        List<InputChange> changes = new ArrayList<>();
        for (String[] c : InputDiffer.diff(old.inputs(), now.inputs(), old.type().equals(SECRET_TYPE))) {
            changes.add(new InputChange(c[0], c[1], c[2], rules.ruleFor(now.type(), c[0])));
        }
        if (old.protect() != now.protect()) {
            changes.add(new InputChange(PROTECT, String.valueOf(old.protect()), String.valueOf(now.protect()), Optional.empty()));
        }
        return changes;
    }

    private static ResourceChange change(ResourceChange.Kind kind, RegisteredResource r, PlanGraph graph, boolean protect,
                                         List<InputChange> inputs, boolean prod) {
        Section section = graph.sectionOf(r);
        String component = graph.owningComponent(r).map(c -> c.type() + " " + c.name()).orElse("stack");
        List<String> loud = new ArrayList<>();
        if (protect && kind == ResourceChange.Kind.DELETE) {
            loud.add("deletes a protected resource (Pulumi refuses until it is unprotected)");
        }
        if (protect && kind == ResourceChange.Kind.REPLACE) {
            loud.add("replaces a protected resource: its data goes with it");
        }
        if (prod && section.kind() == Section.Kind.FOUNDATION && PlanGraph.isCloudResource(r)) {
            loud.add("changes the foundation of a prod environment");
        }
        return new ResourceChange(kind, r.urn(), r.type(), r.name(), section, component, protect, inputs, loud);
    }

    private static Map<String, RegisteredResource> byUrn(Plan plan) {
        return plan.resources().stream().collect(Collectors.toMap(RegisteredResource::urn, Function.identity(), (a, b) -> a));
    }
}
