package io.slipway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.validation.operations.AddonRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AddonDocsTest {
    @Test
    void theExternalDnsPolicyRowListsEveryAcceptedValue() throws IOException {
        // GIVEN the reference's row for externalDns.policy
        String row = Files.readAllLines(Path.of("../docs/environment.md")).stream()
                .filter(line -> line.startsWith("| `externalDns.policy` |")).findFirst().orElseThrow();
        // WHEN / THEN every policy the rule accepts is named and explained there
        assertThat(AddonRule.EXTERNAL_DNS_POLICIES).isNotEmpty().allSatisfy(policy ->
                assertThat(row.split("`" + policy + "`", -1)).as(policy).hasSizeGreaterThanOrEqualTo(3));
    }
}
