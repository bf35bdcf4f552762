package io.slipway.model.team;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.model.Required;
import io.slipway.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a team runs: the environments named in a list ({@code environments: [dev, staging]}), or every
 * environment of a tier ({@code environments: {tier: staging}}). Exactly one of the two is set.
 *
 * @param names environment (= stack) names; empty when placed by tier
 * @param tier  the tier whose environments the team runs in; null when placed by name
 */
public record TeamPlacement(List<String> names, Tier tier) {
    public TeamPlacement {
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** The object form of a placement, {@code {tier: <tier>}}: checked structurally like any model record. */
    public record ByTier(@Required Tier tier) {}

    /** Binds either shape; the loader has already checked it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static TeamPlacement fromJson(JsonNode node) {
        if (node.isArray()) {
            var names = new ArrayList<String>();
            node.forEach(name -> names.add(name.asText()));
            return new TeamPlacement(names, null);
        }
        return new TeamPlacement(List.of(), Tier.valueOf(node.path("tier").asText().toUpperCase(Locale.ROOT)));
    }

    /** Whether an environment of this name and tier gets the team. */
    public boolean includes(String environment, Tier environmentTier) {
        return tier != null ? tier == environmentTier : names.contains(environment);
    }

    /** As a person would write it: {@code dev, staging} or {@code tier staging}. */
    public String describe() {
        return tier != null ? "tier " + tier.name().toLowerCase(Locale.ROOT) : String.join(", ", names);
    }
}
