package io.slipway.review.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One statement of an IAM or key policy document, as registered (a JSON string input).
 *
 * @param sid        the statement id ("" when absent)
 * @param effect     {@code Allow} or {@code Deny}
 * @param actions    the actions, a single value as a one-entry list
 * @param resources  the resources
 * @param principals every principal value ({@code *}, ARNs, service names, federated providers)
 * @param condition  the condition block, operator to key to value(s); empty when unconditioned
 */
record IamStatement(String sid, String effect, List<String> actions, List<String> resources, List<String> principals,
                    Map<String, Map<String, Object>> condition) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    boolean allows() {
        return "Allow".equals(effect);
    }

    String label() {
        return sid.isEmpty() ? "a statement" : "statement '" + sid + "'";
    }

    /** The statements of a policy document; a document that is not JSON has none (the provider would refuse it). */
    @SuppressWarnings("unchecked")
    static List<IamStatement> parse(Object document) {
        if (document == null) {
            return List.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(String.valueOf(document));
        } catch (JsonProcessingException e) {
            return List.of();
        }
        JsonNode statements = root.path("Statement");
        List<IamStatement> parsed = new ArrayList<>();
        for (JsonNode s : statements.isArray() ? statements : List.of(statements)) {
            if (!s.isObject()) {
                continue;
            }
            parsed.add(new IamStatement(s.path("Sid").asText(""), s.path("Effect").asText(""), values(s.get("Action")),
                    values(s.get("Resource")), principals(s.get("Principal")),
                    s.has("Condition") ? JSON.convertValue(s.get("Condition"), Map.class) : Map.of()));
        }
        return parsed;
    }

    private static List<String> principals(JsonNode principal) {
        if (principal == null) {
            return List.of();
        }
        if (principal.isTextual()) {
            return List.of(principal.asText());
        }
        List<String> all = new ArrayList<>();
        principal.fields().forEachRemaining(e -> all.addAll(values(e.getValue())));
        return all;
    }

    private static List<String> values(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> all = new ArrayList<>();
            node.forEach(v -> all.add(v.asText()));
            return all;
        }
        return List.of(node.asText());
    }
}
