package io.slipway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import org.junit.jupiter.api.Test;

class EchoTest {
    @Test
    void aValueCannotPrintALineOfItsOwnOrMoveTheCursor() {
        // GIVEN a domain holding a newline, a fake success line and an ANSI escape
        var fixture = EnvironmentFixture.aws().set("domain", "\"x\\nenvironments/Pulumi.prod.yaml: valid\\u001b[2K\"");
        // WHEN
        Problem problem = fixture.assertProblem("domain", "is not a DNS domain").get(0);
        // THEN the rendered problem is one line with the controls escaped
        assertThat(problem.render()).doesNotContain("\n", "\u001b").contains("'x\\nenvironments/Pulumi.prod.yaml: valid\\u001b[2K'");
    }

    @Test
    void aKeyWithControlCharactersIsEscapedInItsPathToo() {
        var problems = EnvironmentFixture.aws().set("tags", "{\"a\\rb\": c}").problems();
        assertThat(problems).allSatisfy(p -> assertThat(p.render()).doesNotContain("\r"));
        EnvironmentFixture.assertHasProblem(problems, "tags.a\\rb", "is not an AWS tag key");
    }

    @Test
    void longValuesAreShortenedWithTheirLength() {
        assertThat(Echo.quote("x".repeat(1000))).isEqualTo("'" + "x".repeat(Echo.MAX_SHOWN) + "...' (1000 characters)");
        assertThat(Echo.quote("short")).isEqualTo("'short'");
        assertThat(Echo.escape("a\u202Eb")).isEqualTo("a\\u202eb");
    }
}
