package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slot DNS in every phase of a blue/green upgrade from 1.34 to 1.35, each phase being the stack
 * config {@code slipway upgrade} writes, run through the whole platform program on both clouds.
 */
class SlotDnsPerPhaseTest {
    private static final String ROUTE53 = "aws:route53/record:Record";
    private static final String CLOUD_DNS = "gcp:dns/recordSet:RecordSet";
    private static final String STARTED = "upgrade: {fromSlot: blue, toSlot: green, targetVersion: \"1.35\", startedAt: \"2026-11-20T08:00:00Z\"";
    private static final String VERIFIED = STARTED + ", verifiedAt: \"2026-11-20T08:30:00Z\"";

    /** An upgrade phase as stack config: the slots (version, weight) and the upgrade block. */
    record Phase(String name, Map<String, Integer> weights, String upgrade) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Phase> phases() {
        return List.of(
                new Phase("idle", Map.of("blue", 100), ""),
                new Phase("started", Map.of("blue", 100, "green", 0), STARTED + "}"),
                new Phase("shifting", Map.of("blue", 50, "green", 50), VERIFIED + "}"),
                new Phase("shifted", Map.of("blue", 0, "green", 100), VERIFIED + ", fullTrafficSince: \"2026-11-20T10:00:00Z\"}"),
                new Phase("finished", Map.of("green", 100), ""));
    }

    static Stream<Arguments> phasesOnBothClouds() {
        return phases().stream().flatMap(p -> Stream.of(Arguments.of("aws", p), Arguments.of("gcp", p)));
    }

    /** The spec of a phase on a cloud: blue runs 1.34, green 1.35; TTL from dns.ttlSeconds when given. */
    static io.slipway.model.EnvironmentSpec spec(String cloud, Phase phase, Integer ttlSeconds) {
        var slots = new StringBuilder();
        new TreeMap<>(phase.weights()).forEach((slot, weight) -> slots.append(Fixtures.slot(slot, slot.equals("blue") ? "1.34" : "1.35",
                weight, cloud.equals("aws") ? "m6i.large" : "e2-standard-4")));
        return Fixtures.validSpec("""
                cloud: %s
                tier: dev
                region: %s
                domain: phase.example.com
                slots:
                %s
                %s
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                %s
                %s
                """.formatted(cloud, cloud.equals("aws") ? "eu-west-1" : "europe-west1", slots.toString().indent(2).stripTrailing(),
                ttlSeconds == null ? "" : "dns: {ttlSeconds: " + ttlSeconds + "}",
                cloud.equals("aws") ? "aws: {adminRoleArns: [\"arn:aws:iam::123456789012:role/platform-admin\"]}" : "gcp: {project: acme-phase, locationMode: zonal, zone: europe-west1-b}",
                phase.upgrade()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> ingressAddresses(OfflineResult result) {
        var addresses = new TreeMap<String, String>();
        ((Map<String, Map<String, Object>>) result.outputs().get("slots"))
                .forEach((slot, summary) -> addresses.put(slot, (String) summary.get("ingressAddress")));
        return addresses;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("phasesOnBothClouds")
    void everyPresentSlotHasItsRecordsAndTheSharedNameCarriesTheSpecWeights(String cloud, Phase phase) {
        // GIVEN the phase's stack config with the default TTL
        var spec = spec(cloud, phase, null);

        // WHEN the whole platform is planned
        var result = Fixtures.runPlatform("phase", spec);

        // THEN every slot of the phase has its own ingress address
        assertThat(result.errors()).isEmpty();
        var addresses = ingressAddresses(result);
        assertThat(addresses).containsOnlyKeys(phase.weights().keySet());
        assertThat(addresses.values()).doesNotContain("").doesNotHaveDuplicates();
        assertRecords(cloud, phase, result, addresses, 60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.slipway.platform.SlotDnsPerPhaseTest#clouds")
    void ttlComesFromTheSpec(String cloud) {
        // GIVEN the shifting phase with a non-default TTL of 15 s
        var phase = phases().get(2);
        var spec = spec(cloud, phase, 15);

        // WHEN the whole platform is planned
        var result = Fixtures.runPlatform("phase", spec);

        // THEN every record, direct and weighted, carries it
        assertThat(result.errors()).isEmpty();
        assertRecords(cloud, phase, result, ingressAddresses(result), 15);
    }

    static Stream<String> clouds() {
        return Stream.of("aws", "gcp");
    }

    /** What a record serves for an address: Cloud DNS wants a hostname (CNAME) fully qualified, an IP as is. */
    private static String recordData(String cloud, RegisteredResource record, String address) {
        return cloud.equals("gcp") && record.require("type").equals("CNAME") ? address + "." : address;
    }

    @SuppressWarnings("unchecked")
    private static void assertRecords(String cloud, Phase phase, OfflineResult result, Map<String, String> addresses, int ttl) {
        var records = result.ofType(cloud.equals("aws") ? ROUTE53 : CLOUD_DNS);
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(number(r.require("ttl"))).as(r.name()).isEqualTo(ttl));
        String dot = cloud.equals("aws") ? "" : ".";
        // the direct name of each present slot points at that slot's ingress, and only there
        addresses.forEach((slot, address) -> {
            var direct = result.named(records.get(0).type(), "phase-" + slot + "-direct-wildcard");
            assertThat(direct.require("name")).isEqualTo("*." + slot + ".phase.example.com" + dot);
            assertThat(direct.require(cloud.equals("aws") ? "records" : "rrdatas"))
                    .isEqualTo(List.of(recordData(cloud, direct, address)));
            assertThat(direct.input("setIdentifier")).isEmpty();
        });
        if (cloud.equals("aws")) {
            // Route 53: one weighted record per slot on the shared name, identified by the slot
            var weighted = records.stream().filter(r -> r.input("setIdentifier").isPresent()).toList();
            var weights = new TreeMap<String, Integer>();
            weighted.forEach(r -> {
                String slot = (String) r.require("setIdentifier");
                assertThat(r.name()).isEqualTo("phase-" + slot + "-weighted-wildcard");
                assertThat(r.require("name")).isEqualTo("*.phase.example.com");
                assertThat(r.require("records")).isEqualTo(List.of(addresses.get(slot)));
                weights.put(slot, number(r.require("weightedRoutingPolicies.0.weight")));
            });
            assertThat(weights).isEqualTo(phase.weights());
            assertThat(records).hasSize(2 * phase.weights().size());
        } else {
            // Cloud DNS: one record set on the shared name, one weighted round robin item per slot in slot order
            var shared = result.named(CLOUD_DNS, "phase-shared-wildcard");
            assertThat(shared.require("name")).isEqualTo("*.phase.example.com.");
            var expected = new LinkedHashMap<String, Integer>();
            var items = (List<Map<String, Object>>) shared.require("routingPolicy.wrrs");
            new TreeMap<>(phase.weights()).forEach((slot, weight) -> expected.put(recordData(cloud, shared, addresses.get(slot)), weight));
            var actual = new LinkedHashMap<String, Integer>();
            items.forEach(item -> actual.put(((List<?>) item.get("rrdatas")).get(0).toString(), number(item.get("weight"))));
            assertThat(actual).containsExactlyEntriesOf(expected);
            assertThat(records).hasSize(phase.weights().size() + 1);
        }
        // a slot that is not in the phase has no records and no cluster left
        for (String gone : List.of("blue", "green")) {
            if (!phase.weights().containsKey(gone)) {
                assertThat(records).extracting(RegisteredResource::name).noneMatch(n -> n.contains("-" + gone + "-"));
                assertThat(result.ofType(ClusterSlot.TYPE)).extracting(RegisteredResource::name).doesNotContain("phase-" + gone);
            }
        }
    }
}
