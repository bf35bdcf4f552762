package io.slipway.review.policy;

import io.slipway.addons.lock.AddonLock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every built-in rule, ordered by id. Ids are stable: a retired rule's id is never reused. */
public final class PolicyCatalog {
    private final List<PolicyRule> rules;

    PolicyCatalog(List<PolicyRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(PolicyRule::id)).toList();
    }

    /** The built-in rules, the Helm rule reading the shipped add-on lock. */
    public static PolicyCatalog builtIn() {
        List<PolicyRule> all = new ArrayList<>();
        all.addAll(AwsClusterRules.rules());
        all.addAll(AwsIamRules.rules());
        all.addAll(AwsDataRules.rules());
        all.addAll(GcpClusterRules.rules());
        all.addAll(GcpDataRules.rules());
        all.add(HelmPinRule.rule(AddonLock.load()));
        return new PolicyCatalog(all);
    }

    public List<PolicyRule> rules() {
        return rules;
    }

    public Optional<PolicyRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return rules.stream().map(PolicyRule::id).toList();
    }
}
