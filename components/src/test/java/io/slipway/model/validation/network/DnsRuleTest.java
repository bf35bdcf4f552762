package io.slipway.model.validation.network;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsRuleTest {
    @Test
    void domainTtlAndSharedNamesAreChecked() {
        // GIVEN an upper-case domain with a trailing dot, a 5 s TTL and a shared name with a dot
        var fixture = EnvironmentFixture.aws()
                .set("domain", "Prod.Example.com.")
                .set("dns", "{ttlSeconds: 5, sharedNames: ['*', api.v2]}");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each is reported
        assertHasProblem(problems, "domain", "'Prod.Example.com.' is not a DNS domain; expected lower-case labels");
        assertHasProblem(problems, "dns.ttlSeconds", "out of range: the number 5 is outside 10..86400");
        assertHasProblem(problems, "dns.sharedNames[1]", "'api.v2' is not a DNS label or '*'");
    }

    @Test
    void aSingleLabelDomainAndAHugeTtlAreRefused() {
        // GIVEN a domain without a dot and a TTL over a day
        var fixture = EnvironmentFixture.aws().set("domain", "localhost").set("dns.ttlSeconds", "86401");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN both are reported
        assertHasProblem(problems, "domain", "is not a DNS domain");
        assertHasProblem(problems, "dns.ttlSeconds", "out of range: the number 86401 is outside 10..86400");
    }

    @Test
    void validDnsSettingsLoad() {
        // GIVEN shared names www and api with a 300 s TTL
        var fixture = EnvironmentFixture.aws().set("dns", "{ttlSeconds: 300, sharedNames: [www, api]}");
        // WHEN / THEN
        assertThat(fixture.assertValid().spec().dns().sharedNames()).containsExactly("www", "api");
    }
}
