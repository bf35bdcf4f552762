package io.slipway.model.validation.operations;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRuleTest {
    @Test
    void credentialsInTagsLabelsAndUrlsAreRefusedPointingAtSecretConfig() {
        // GIVEN an AWS access key id in a tag, a GitHub token in a label, and a password in the runbook URL
        var fixture = EnvironmentFixture.aws()
                .set("tags.deployer", "AKIAIOSFODNN7EXAMPLE")
                .set("slots.blue.nodePools[1].labels.token", "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8")
                .set("addons.monitoring.runbookBaseUrl", "'https://ops:hunter22@wiki.example.com/runbooks'");
        // WHEN
        List<Problem> problems = fixture.problems();
        // THEN each is named, and the message says how to store a secret
        assertHasProblem(problems, "tags.deployer", "looks like an AWS access key id; secrets must not be stored in plain "
                + "stack config; store it encrypted with pulumi config set --secret");
        assertHasProblem(problems, "slots.blue.nodePools[1].labels.token", "looks like a GitHub token");
        assertHasProblem(problems, "addons.monitoring.runbookBaseUrl", "looks like a URL with a password");
    }

    @Test
    void ordinaryValuesThatMerelyLookTechnicalLoad() {
        EnvironmentFixture.aws().set("tags.repo", "'github.com/acme/platform'").set("tags.ticket", "AKIA-1234").assertValid();
    }
}
