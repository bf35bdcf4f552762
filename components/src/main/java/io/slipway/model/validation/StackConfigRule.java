package io.slipway.model.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import java.util.Map;

/**
 * The stack file's other config keys, next to {@code slipway:environment}: the provider's region must
 * be the environment's (the provider creates resources in its own region, the program names and
 * checks zones by the environment's), and nothing that looks like a secret is stored in plain text
 * ({@code pulumi config set --secret} writes {@code {secure: ...}} instead).
 */
public final class StackConfigRule {
    private StackConfigRule() {}

    public static void check(Map<String, JsonNode> config, EnvironmentSpec spec, Findings findings) {
        checkRegion(config, spec, Cloud.AWS, "aws:region", findings);
        checkRegion(config, spec, Cloud.GCP, "gcp:region", findings);
        config.forEach((key, value) -> {
            if (!value.isTextual()) {
                return; // {secure: ...} is an encrypted secret; objects and numbers are not credentials
            }
            String path = "config." + key;
            if (SecretPatterns.isSecretName(key)) {
                findings.error(path, "is a secret in plain text; " + SecretPatterns.advice(key));
            } else {
                SecretPatterns.secretIn(value.asText()).ifPresent(what -> findings.error(path,
                        "looks like " + what + "; " + SecretPatterns.advice(key)));
            }
        });
    }

    private static void checkRegion(Map<String, JsonNode> config, EnvironmentSpec spec, Cloud cloud, String key, Findings findings) {
        JsonNode region = config.get(key);
        if (spec.cloud() == cloud && region != null && region.isTextual() && spec.region() != null
                && !region.asText().equals(spec.region())) {
            findings.error("region", Echo.quote(spec.region()) + " differs from " + key + " " + Echo.quote(region.asText())
                    + " in the same stack file; set both to the same region");
        }
    }
}
