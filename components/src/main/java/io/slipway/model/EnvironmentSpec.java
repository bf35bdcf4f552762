package io.slipway.model;

import io.slipway.model.addons.AddonsSpec;
import io.slipway.model.cloud.AwsSpec;
import io.slipway.model.cloud.GcpSpec;
import io.slipway.model.ephemeral.EphemeralPolicySpec;
import io.slipway.model.ephemeral.EphemeralSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.network.ApiAccessSpec;
import io.slipway.model.network.DnsSpec;
import io.slipway.model.network.NetworkSpec;
import io.slipway.model.team.TeamsSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one environment stack builds: the {@code slipway:environment} object of
 * {@code environments/Pulumi.<stack>.yaml}. One model for both clouds: the shared fields mean the
 * same on AWS and GCP, and what only one cloud has lives in {@code aws} or {@code gcp}.
 * Obtain instances through {@link EnvironmentLoader}, which validates before anything is built.
 *
 * @param cloud     {@code aws} or {@code gcp}. Required.
 * @param tier      {@code dev}, {@code staging} or {@code prod}. Required.
 * @param region    the cloud region ({@code eu-west-1}, {@code europe-west1}). Required.
 * @param domain    the environment's DNS domain; Slipway creates its zone. Required.
 * @param network   the shared network. @default 10.0.0.0/16 over 2 zones, one NAT gateway
 * @param apiAccess who reaches the Kubernetes API. @default private endpoint only
 * @param tags      cost-attribution tags (AWS tags, GCP labels) on every resource. @default {}
 * @param slots     cluster slots by name, {@code blue} and/or {@code green}. Required.
 * @param dns       slot DNS records. @default TTL 60 s, shared name {@code *}
 * @param addons    add-on settings. @default every add-on on
 * @param aws       AWS-only settings. Required when cloud is aws.
 * @param gcp       GCP-only settings. Required when cloud is gcp.
 * @param upgrade   a blue/green upgrade in progress. @default null (none)
 * @param teams     team namespaces on this environment's clusters (teams/*.yaml). @default on, the tier's quotas
 * @param ephemeral set on a short-lived child of another environment ({@code slipway dev up}). @default null (long-lived)
 * @param ephemeralPolicy what this environment allows its ephemeral children. @default 8h default, 72h maximum, no cap
 * @param logs      how long audit logs are kept. @default 30 days in dev, 90 in staging, 365 in prod
 * @param waivers   accepted exceptions to policy rules, each with a reason and an expiry. @default []
 */
public record EnvironmentSpec(
        @Required Cloud cloud,
        @Required Tier tier,
        @Required String region,
        @Required String domain,
        NetworkSpec network,
        ApiAccessSpec apiAccess,
        Map<String, String> tags,
        @Required Map<String, SlotSpec> slots,
        DnsSpec dns,
        AddonsSpec addons,
        AwsSpec aws,
        GcpSpec gcp,
        UpgradeSpec upgrade,
        TeamsSpec teams,
        EphemeralSpec ephemeral,
        EphemeralPolicySpec ephemeralPolicy,
        LogsSpec logs,
        List<WaiverSpec> waivers) {

    public static final String BLUE = "blue";
    public static final String GREEN = "green";

    public EnvironmentSpec {
        network = network == null ? NetworkSpec.defaults() : network;
        apiAccess = apiAccess == null ? ApiAccessSpec.privateOnly() : apiAccess;
        tags = Specs.sortedCopy(tags);
        slots = Specs.sortedCopy(slots);
        dns = dns == null ? DnsSpec.defaults() : dns;
        addons = addons == null ? AddonsSpec.defaults() : addons;
        teams = teams == null ? TeamsSpec.defaults() : teams;
        ephemeralPolicy = ephemeralPolicy == null ? EphemeralPolicySpec.defaults() : ephemeralPolicy;
        logs = logs == null ? LogsSpec.defaults() : logs;
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    public Optional<UpgradeSpec> upgradeInProgress() {
        return Optional.ofNullable(upgrade);
    }

    public boolean isEphemeral() {
        return ephemeral != null;
    }

    /** A copy with one slot added or replaced. */
    public EnvironmentSpec withSlot(String name, SlotSpec slot) {
        var copy = new LinkedHashMap<>(slots);
        copy.put(name, slot);
        return withSlots(copy);
    }

    /** A copy without the named slot. */
    public EnvironmentSpec withoutSlot(String name) {
        var copy = new LinkedHashMap<>(slots);
        copy.remove(name);
        return withSlots(copy);
    }

    public EnvironmentSpec withSlots(Map<String, SlotSpec> newSlots) {
        return new EnvironmentSpec(cloud, tier, region, domain, network, apiAccess, tags, newSlots, dns, addons, aws, gcp, upgrade, teams, ephemeral, ephemeralPolicy, logs, waivers);
    }

    public EnvironmentSpec withEphemeral(EphemeralSpec newEphemeral) {
        return new EnvironmentSpec(cloud, tier, region, domain, network, apiAccess, tags, slots, dns, addons, aws, gcp, upgrade, teams,
                newEphemeral, ephemeralPolicy, logs, waivers);
    }

    public EnvironmentSpec withDomain(String newDomain) {
        return new EnvironmentSpec(cloud, tier, region, newDomain, network, apiAccess, tags, slots, dns, addons, aws, gcp, upgrade, teams,
                ephemeral, ephemeralPolicy, logs, waivers);
    }

    public EnvironmentSpec withUpgrade(UpgradeSpec newUpgrade) {
        return new EnvironmentSpec(cloud, tier, region, domain, network, apiAccess, tags, slots, dns, addons, aws, gcp, newUpgrade, teams, ephemeral, ephemeralPolicy, logs, waivers);
    }
}
