package io.slipway.aws.foundation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.MockWorld;
import io.slipway.offline.OfflineResult;
import java.util.List;
import java.util.Map;

/** Environments for the AWS foundation tests, written as the YAML a user would commit. */
public final class AwsTestEnvironments {
    public static final String REGION = "eu-west-1";
    public static final String ACCOUNT = MockWorld.EXAMPLE_AWS_ACCOUNT;
    public static final CloudMocks MOCKS = new CloudMocks(new MockWorld(REGION, ACCOUNT, ""));

    private AwsTestEnvironments() {}

    /** A dev environment in eu-west-1 with the given YAML lines added at the top level (network, aws, ...). */
    public static EnvironmentContext environment(String name, String extraYaml) {
        return environment(name, "dev", extraYaml);
    }

    /** Like {@link #environment(String, String)}, in the given tier (dev, staging, prod). */
    public static EnvironmentContext environment(String name, String tier, String extraYaml) {
        var yaml = """
                cloud: aws
                tier: %s
                region: eu-west-1
                domain: %s.example.com
                tags: {team: platform}
                slots:
                  blue:
                    kubernetesVersion: "1.34"
                    weight: 100
                    nodePools: [{name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 2}]
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                %s
                """.formatted(tier, name, extraYaml.contains("aws:") ? extraYaml : extraYaml + "\naws: {}");
        try {
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            return new EnvironmentContext(name, new EnvironmentLoader().fromTree(tree, "test.yaml").spec());
        } catch (Exception e) {
            throw new IllegalStateException("test environment does not load:\n" + yaml, e);
        }
    }

    public static EnvironmentContext dev() {
        return environment("dev", "");
    }

    /** The registered JSON policy document input at {@code path} of a resource, parsed. */
    public static JsonNode json(Object policy) {
        try {
            return new ObjectMapper().readTree((String) policy);
        } catch (Exception e) {
            throw new AssertionError("not a JSON policy: " + policy, e);
        }
    }

    /** The statement with this Sid of a parsed policy. */
    public static JsonNode statement(JsonNode policy, String sid) {
        for (JsonNode statement : policy.get("Statement")) {
            if (statement.get("Sid").asText().equals(sid)) {
                return statement;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + policy);
    }

    /** Every action of every statement of a parsed policy. */
    public static List<String> actions(JsonNode policy) {
        var actions = new java.util.ArrayList<String>();
        for (JsonNode statement : policy.get("Statement")) {
            JsonNode action = statement.get("Action");
            if (action.isArray()) {
                action.forEach(a -> actions.add(a.asText()));
            } else {
                actions.add(action.asText());
            }
        }
        return actions;
    }

    /** Fails with the program's errors when the run was not clean. */
    public static OfflineResult clean(OfflineResult result) {
        if (!result.errors().isEmpty()) {
            throw new AssertionError("the program failed: " + result.errors());
        }
        return result;
    }

    /**
     * What a failing program reported: the mock engine either logs a failed output or rethrows it,
     * depending on which output it resolves first, so read both.
     */
    public static String failureOf(java.util.function.Supplier<OfflineResult> run) {
        try {
            return String.join("\n", run.get().errors());
        } catch (RuntimeException thrown) {
            Throwable root = thrown;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return String.valueOf(root.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
