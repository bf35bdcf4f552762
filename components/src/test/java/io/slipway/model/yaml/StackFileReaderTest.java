package io.slipway.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class StackFileReaderTest {
    private static JsonNode parse(String yaml) {
        return StackFileReader.parse(yaml);
    }

    private static StackFileProblem problem(String yaml) {
        StackFileProblem problem = catchThrowableOfType(StackFileProblem.class, () -> parse(yaml));
        assertThat(problem).as("expected a problem for:\n%s", yaml).isNotNull();
        assertThat(problem.getMessage()).doesNotContain("org.yaml", "snakeyaml", "java.", "Exception", "Node");
        return problem;
    }

    @Test
    void aliasesResolveToTheAnchoredValueNotItsName() {
        // GIVEN a tag value and a node pool list written once and aliased
        JsonNode root = parse("""
                common: &team platform
                types: &types [m6i.large, m6a.large]
                tags: {team: *team}
                pool: {instanceTypes: *types}
                """);
        // WHEN / THEN the aliases carry the anchored values, as yaml.v3 gives them to pulumi up
        assertThat(root.at("/tags/team").asText()).isEqualTo("platform");
        assertThat(root.at("/pool/instanceTypes/1").asText()).isEqualTo("m6a.large");
    }

    @Test
    void mergeKeysFillInKeysTheMappingDoesNotWriteItselfEarlierMergesWinning() {
        // GIVEN pool defaults merged into a pool that overrides one key, and two merged mappings that disagree
        JsonNode root = parse("""
                defaults: &defaults {min: 1, max: 4, diskSizeGb: 50}
                large: &large {max: 10, desired: 2}
                pool:
                  <<: [*defaults, *large]
                  min: 0
                """);
        // WHEN / THEN own keys win, then the first merged mapping, then the next (yaml.v3's order)
        assertThat(root.get("pool").toString()).isEqualTo("{\"min\":0,\"max\":4,\"diskSizeGb\":50,\"desired\":2}");
    }

    @Test
    void plainScalarsFollowGoYamlV3NotYaml11() {
        // GIVEN scalars YAML 1.1 readers and yaml.v3 read differently
        JsonNode root = parse("""
                yes: yes
                on: on
                octal: 0777
                newOctal: 0o17
                hex: 0x1F
                underscored: 1_000
                version: 1.30
                quoted: "1.30"
                started: 2026-05-04T09:30:00Z
                empty:
                tilde: ~
                big: 18446744073709551615
                huge: 99999999999999999999999
                overflowing: 1e400
                explicit: !!str 1.30
                """);
        // WHEN / THEN booleans are only true/false, octal and hex are numbers, timestamps stay text
        assertThat(root.get("yes").isTextual()).isTrue();
        assertThat(root.get("on").asText()).isEqualTo("on");
        assertThat(root.get("octal").asInt()).isEqualTo(511);
        assertThat(root.get("newOctal").asInt()).isEqualTo(15);
        assertThat(root.get("hex").asInt()).isEqualTo(31);
        assertThat(root.get("underscored").asInt()).isEqualTo(1000);
        assertThat(root.get("version").isDouble()).isTrue();
        assertThat(root.get("quoted").asText()).isEqualTo("1.30");
        assertThat(root.get("started").asText()).isEqualTo("2026-05-04T09:30:00Z");
        assertThat(root.get("empty").isNull()).isTrue();
        assertThat(root.get("tilde").isNull()).isTrue();
        assertThat(root.get("big").bigIntegerValue().toString()).isEqualTo("18446744073709551615");
        assertThat(root.get("huge").isDouble()).isTrue();
        assertThat(root.get("overflowing").asText()).isEqualTo("1e400");
        assertThat(root.get("explicit").asText()).isEqualTo("1.30");
    }

    @Test
    void nanAndInfinityAreNumbersTheStructuralCheckCanRefuse() {
        JsonNode root = parse("a: .nan\nb: -.inf\nc: .5\n");
        assertThat(Double.isNaN(root.get("a").doubleValue())).isTrue();
        assertThat(root.get("b").doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(root.get("c").doubleValue()).isEqualTo(0.5);
    }

    @Test
    void anAliasBombIsRefusedWithTheLimit() {
        // GIVEN the billion-laughs shape: each level aliases the previous one nine times
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 8; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        // WHEN / THEN it stops at the limit instead of expanding millions of values
        assertThat(problem(yaml.toString()).getMessage()).containsAnyOf(
                "aliases expand to more than " + StackFileReader.MAX_EXPANDED_VALUES,
                "more than " + StackFileReader.MAX_ALIASES + " aliases");
    }

    @Test
    void aFewAliasesWithinTheLimitsLoad() {
        assertThat(parse("a: &a [1, 2]\nb: *a\nc: *a\n").get("c").size()).isEqualTo(2);
    }

    @Test
    void deepNestingIsRefusedWithTheLimit() {
        String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertThat(problem(deep).getMessage()).contains("nests more than " + StackFileReader.MAX_NESTING + " levels");
        assertThat(parse("a: " + "[".repeat(10) + "]".repeat(10)).get("a").isArray()).isTrue();
    }

    @Test
    void aTabIsReportedWithTheParsersReasonOnItsOwnLine() {
        // GIVEN a tab indenting line 3
        String yaml = "config:\n  slipway:environment:\n\tcloud: aws\n";
        // WHEN / THEN the reason and the tab's line, not the line of the context before it
        StackFileProblem problem = problem(yaml);
        assertThat(problem.getMessage()).contains("a tab").contains("(line 3, column 1)");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void duplicateAndComplexKeysAndSeveralDocumentsAreRefusedInPlainWords() {
        assertThat(problem("a: 1\nb: 2\na: 3\n").getMessage()).isEqualTo("key 'a' is written twice in one object; each key may "
                + "appear once (line 3, column 1)");
        assertThat(problem("? [a, b]\n: 1\n").getMessage()).startsWith("a key is a list or an object; keys must be plain names");
        assertThat(problem("a: 1\n---\nb: 2\n").getMessage()).startsWith("the file holds more than one YAML document");
        assertThat(problem("a: &x [*x]\n").getMessage()).isNotBlank();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeParsing() {
        String large = "a: '" + "x".repeat(StackFileReader.MAX_CHARACTERS) + "'\n";
        assertThat(problem(large).getMessage()).contains("a stack file may have at most " + StackFileReader.MAX_CHARACTERS);
    }
}
