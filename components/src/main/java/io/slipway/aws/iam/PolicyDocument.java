package io.slipway.aws.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IAM policy document (identity, trust or resource policy) rendered to JSON once the ARNs it
 * names are known. Key order is fixed, so the same statements always give the same JSON.
 */
public final class PolicyDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyDocument() {}

    public static Output<String> of(PolicyStatement... statements) {
        return of(List.of(statements));
    }

    public static Output<String> of(List<PolicyStatement> statements) {
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("an IAM policy document needs at least one statement");
        }
        return Output.all(statements.stream().map(PolicyStatement::toMap).toList()).applyValue(resolved -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("Version", "2012-10-17");
            document.put("Statement", resolved);
            try {
                return JSON.writeValueAsString(document);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an IAM policy of strings and lists always serializes", e);
            }
        });
    }
}
