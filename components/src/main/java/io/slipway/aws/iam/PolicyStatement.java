package io.slipway.aws.iam;

import com.pulumi.core.Output;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One IAM policy statement, whose resources and condition values may be outputs of other resources.
 * Wildcard actions are refused when the statement is built: every Slipway policy names the exact
 * actions it needs, so a review sees what a role can do.
 */
public final class PolicyStatement {
    private final String sid;
    private final String effect;
    private final List<String> actions;
    private final List<Output<String>> resources = new ArrayList<>();
    private final Map<String, Output<String>> principals = new LinkedHashMap<>();
    private final List<Condition> conditions = new ArrayList<>();

    private record Condition(String test, Output<String> key, List<Output<String>> values) {}

    private PolicyStatement(String sid, String effect, List<String> actions) {
        this(sid, effect, actions, false);
    }

    private PolicyStatement(String sid, String effect, List<String> actions, boolean wildcardDeny) {
        if (!sid.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("IAM statement id '" + sid + "' must be alphanumeric");
        }
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("IAM statement '" + sid + "' names no action");
        }
        for (String action : actions) {
            if (action.contains("*") && !wildcardDeny) {
                throw new IllegalArgumentException("IAM statement '" + sid + "' uses the wildcard action '" + action
                        + "': name every action explicitly");
            }
        }
        this.sid = sid;
        this.effect = effect;
        this.actions = List.copyOf(actions);
    }

    public static PolicyStatement allow(String sid, String... actions) {
        return new PolicyStatement(sid, "Allow", List.of(actions));
    }

    public static PolicyStatement deny(String sid, String... actions) {
        return new PolicyStatement(sid, "Deny", List.of(actions));
    }

    /**
     * Denies every action of one service ({@code s3:*}) under the statement's conditions, as a
     * TLS-only bucket policy does. The one wildcard accepted: a deny can only take permissions
     * away, and an enumerated list would miss the actions a service adds later.
     */
    public static PolicyStatement denyEveryActionOf(String sid, String service) {
        if (!service.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("'" + service + "' is not an AWS service prefix such as s3");
        }
        return new PolicyStatement(sid, "Deny", List.of(service + ":*"), true);
    }

    /**
     * Lets every action of one service ({@code s3:*}) through a boundary, such as a VPC endpoint
     * policy, which grants nothing itself: it only bounds what IAM grants. The resources and
     * conditions added to it are the narrowing, so they must be given.
     */
    public static PolicyStatement boundaryOfEveryActionOf(String sid, String service) {
        if (!service.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("'" + service + "' is not an AWS service prefix such as s3");
        }
        return new PolicyStatement(sid, "Allow", List.of(service + ":*"), true);
    }

    public PolicyStatement resources(String... arns) {
        for (String arn : arns) {
            resources.add(Output.of(arn));
        }
        return this;
    }

    public PolicyStatement resources(List<Output<String>> arns) {
        resources.addAll(arns);
        return this;
    }

    @SafeVarargs
    public final PolicyStatement resources(Output<String>... arns) {
        return resources(List.of(arns));
    }

    /** A principal of a trust or resource policy ({@code Federated}, {@code Service}, {@code AWS}, or "*"). */
    public PolicyStatement principal(String kind, Output<String> value) {
        principals.put(kind, value);
        return this;
    }

    public PolicyStatement condition(String test, String key, String... values) {
        return condition(test, Output.of(key), List.of(values).stream().map(Output::of).toList());
    }

    /** A condition whose key may be an output, like the {@code <oidc issuer>:sub} of an IRSA trust. */
    public PolicyStatement condition(String test, Output<String> key, List<Output<String>> values) {
        conditions.add(new Condition(test, key, List.copyOf(values)));
        return this;
    }

    public List<String> actions() {
        return actions;
    }

    /** The statement as a JSON-ready map, once every output it refers to is known. */
    Output<Map<String, Object>> toMap() {
        Output<List<String>> resolvedResources = Output.all(resources);
        Output<Map<String, Object>> resolvedPrincipals = Output.all(List.copyOf(principals.values())).applyValue(values -> {
            Map<String, Object> map = new LinkedHashMap<>();
            var keys = List.copyOf(principals.keySet());
            for (int i = 0; i < keys.size(); i++) {
                map.put(keys.get(i), keys.get(i).equals("*") ? "*" : values.get(i));
            }
            return map;
        });
        Output<Map<String, Object>> resolvedConditions = conditionMap();
        return Output.tuple(resolvedResources, resolvedPrincipals, resolvedConditions).applyValue(t -> {
            Map<String, Object> statement = new LinkedHashMap<>();
            statement.put("Sid", sid);
            statement.put("Effect", effect);
            if (!t.t2.isEmpty()) {
                statement.put("Principal", t.t2.containsKey("*") ? "*" : t.t2);
            }
            statement.put("Action", actions.size() == 1 ? actions.get(0) : actions);
            if (!t.t1.isEmpty()) {
                statement.put("Resource", t.t1.size() == 1 ? t.t1.get(0) : t.t1);
            }
            if (!t.t3.isEmpty()) {
                statement.put("Condition", t.t3);
            }
            return statement;
        });
    }

    private Output<Map<String, Object>> conditionMap() {
        List<Output<Map.Entry<String, Map.Entry<String, Object>>>> entries = new ArrayList<>();
        for (Condition c : conditions) {
            entries.add(Output.tuple(c.key(), Output.all(c.values())).applyValue(kv -> Map.entry(c.test(),
                    Map.entry(kv.t1, kv.t2.size() == 1 ? (Object) kv.t2.get(0) : kv.t2))));
        }
        return Output.all(entries).applyValue(list -> {
            Map<String, Object> byTest = new LinkedHashMap<>();
            for (var entry : list) {
                @SuppressWarnings("unchecked")
                var inner = (Map<String, Object>) byTest.computeIfAbsent(entry.getKey(), k -> new LinkedHashMap<String, Object>());
                inner.put(entry.getValue().getKey(), entry.getValue().getValue());
            }
            return byTest;
        });
    }
}
