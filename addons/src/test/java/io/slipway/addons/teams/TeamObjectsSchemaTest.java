package io.slipway.addons.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.addons.Fixtures;
import io.slipway.addons.lock.KubernetesMinor;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The team objects validate against the Kubernetes API schemas (strict: unknown fields are errors)
 * of every minor the add-on lock supports, as the API server of each would see them.
 */
@SuppressWarnings("unchecked")
class TeamObjectsSchemaTest {

    static Stream<Arguments> clouds() {
        return Stream.of(Arguments.of("aws", Fixtures.aws("dev", "")), Arguments.of("gcp", Fixtures.gcp("dev", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clouds")
    void everyTeamObjectIsAValidKubernetesObjectOnEverySupportedMinor(String cloud, EnvironmentContext environment) {
        // GIVEN the payments team with a restricted and a baseline namespace with extra ingress sources
        var team = TeamFixtures.team(TeamFixtures.PAYMENTS + TeamFixtures.LEGACY_NAMESPACE);

        // WHEN it is planned
        OfflineResult result = TeamFixtures.plan(environment, team);

        // THEN every namespace, quota, limit range, network policy and role binding is there to check
        List<RegisteredResource> objects = result.resources().stream()
                .filter(r -> KubernetesSchemas.FILES.containsKey(r.type())).toList();
        assertThat(objects).extracting(RegisteredResource::type).containsAll(KubernetesSchemas.FILES.keySet());
        assertThat(result.ofType(TeamNamespaceTest.POLICY)).hasSize(11);
        assertThat(objects).allSatisfy(object -> assertThat(object.input("metadata.name")).isPresent());

        // AND each passes the strict schema of its kind on every supported minor
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (RegisteredResource object : objects) {
            for (String release : supportedReleases()) {
                List<String> found = KubernetesSchemas.problems(release, object.type(), KubernetesSchemas.kubernetesObject(object));
                if (!found.isEmpty()) {
                    problems.put(release + " " + object.type() + " " + object.name(), found);
                }
            }
        }
        assertThat(problems).as("schema problems on %s", cloud).isEmpty();
    }

    @Test
    void aMisspeltFieldOrAValueOfTheWrongTypeIsRejected() throws Exception {
        // GIVEN objects the team set really registered
        OfflineResult result = TeamFixtures.plan(Fixtures.aws("dev", ""), TeamFixtures.team(TeamFixtures.PAYMENTS));
        Map<String, Object> deny = KubernetesSchemas.kubernetesObject(result.named(TeamNamespaceTest.POLICY, "dev-blue-payments-api-deny-ingress"));
        Map<String, Object> quota = KubernetesSchemas.kubernetesObject(result.single(TeamNamespaceTest.QUOTA));

        // WHEN the policy's policyTypes is misspelt and a quota value is a map instead of a quantity
        Map<String, Object> misspelt = copy(deny);
        Map<String, Object> spec = (Map<String, Object>) misspelt.get("spec");
        spec.put("policyType", spec.remove("policyTypes"));
        Map<String, Object> mistyped = copy(quota);
        ((Map<String, Object>) ((Map<String, Object>) mistyped.get("spec")).get("hard")).put("pods", Map.of("value", 50));

        // THEN every supported minor refuses both, naming the field, while the originals pass
        for (String release : supportedReleases()) {
            assertThat(KubernetesSchemas.problems(release, TeamNamespaceTest.POLICY, deny)).isEmpty();
            assertThat(KubernetesSchemas.problems(release, TeamNamespaceTest.POLICY, misspelt))
                    .as(release).anySatisfy(message -> assertThat(message).contains("policyType"));
            assertThat(KubernetesSchemas.problems(release, TeamNamespaceTest.QUOTA, quota)).isEmpty();
            assertThat(KubernetesSchemas.problems(release, TeamNamespaceTest.QUOTA, mistyped))
                    .as(release).anySatisfy(message -> assertThat(message).contains("pods"));
        }
    }

    @Test
    void eachMinorIsCheckedAgainstItsOwnSchema() throws Exception {
        // GIVEN a network policy without a pod selector, which the API accepts only from 1.34 on
        OfflineResult result = TeamFixtures.plan(Fixtures.aws("dev", ""), TeamFixtures.team(TeamFixtures.PAYMENTS));
        Map<String, Object> policy = copy(KubernetesSchemas.kubernetesObject(
                result.named(TeamNamespaceTest.POLICY, "dev-blue-payments-api-deny-ingress")));
        ((Map<String, Object>) policy.get("spec")).remove("podSelector");

        // THEN 1.32 and 1.33 refuse it and 1.34 and 1.35 accept it
        assertThat(KubernetesSchemas.problems("v1.32.10", TeamNamespaceTest.POLICY, policy)).anySatisfy(m -> assertThat(m).contains("podSelector"));
        assertThat(KubernetesSchemas.problems("v1.33.6", TeamNamespaceTest.POLICY, policy)).anySatisfy(m -> assertThat(m).contains("podSelector"));
        assertThat(KubernetesSchemas.problems("v1.34.2", TeamNamespaceTest.POLICY, policy)).isEmpty();
        assertThat(KubernetesSchemas.problems("v1.35.4", TeamNamespaceTest.POLICY, policy)).isEmpty();
    }

    @Test
    void theCopiedSchemasCoverEveryMinorOfTheLockAndAreUpstreamsBytes() throws Exception {
        // GIVEN the add-on lock's supported range
        var lock = Fixtures.LOCK;
        // THEN every minor in it has a copied release
        for (int minor = lock.oldestSupported().minor(); minor <= lock.newestSupported().minor(); minor++) {
            String key = new KubernetesMinor(lock.oldestSupported().major(), minor).toString();
            assertThat(KubernetesSchemas.RELEASES).as("schemas for Kubernetes %s (see kubernetes-schemas/SOURCE)", key).containsKey(key);
        }
        // AND every copied file has the sha256 recorded from upstream
        String sums = KubernetesSchemas.raw("SHA256SUMS");
        List<String> expected = new ArrayList<>();
        for (String release : KubernetesSchemas.RELEASES.values()) {
            for (String file : KubernetesSchemas.FILES.values()) {
                byte[] bytes = KubernetesSchemas.raw(release + "/" + file).getBytes(StandardCharsets.UTF_8);
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                expected.add(sha + "  " + release + "/" + file);
            }
        }
        assertThat(sums.lines().toList()).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> supportedReleases() {
        var lock = Fixtures.LOCK;
        List<String> releases = new ArrayList<>();
        for (int minor = lock.oldestSupported().minor(); minor <= lock.newestSupported().minor(); minor++) {
            releases.add(KubernetesSchemas.RELEASES.get(new KubernetesMinor(lock.oldestSupported().major(), minor).toString()));
        }
        return releases;
    }

    /** A deep, mutable copy (registered inputs are immutable). */
    private static Map<String, Object> copy(Map<String, Object> object) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        return json.readValue(json.writeValueAsString(object), Map.class);
    }
}
