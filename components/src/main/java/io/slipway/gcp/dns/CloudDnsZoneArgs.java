package io.slipway.gcp.dns;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link CloudDnsZone} builds.
 *
 * @param project the GCP project of the zone. Required.
 * @param domain  the zone's domain, without the trailing dot ({@code dev.platform.example.com}). Required.
 * @param labels  labels on the zone. @default {}
 */
public record CloudDnsZoneArgs(String project, String domain, Map<String, String> labels) {
    public CloudDnsZoneArgs {
        Objects.requireNonNull(project, "CloudDnsZoneArgs.project is required");
        Objects.requireNonNull(domain, "CloudDnsZoneArgs.domain is required");
        if (domain.endsWith(".")) {
            throw new IllegalArgumentException("CloudDnsZoneArgs.domain '" + domain + "' must not end with a dot");
        }
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The managed zone's resource name: the domain with dots as dashes, at most 63 characters. */
    public String zoneName() {
        String name = domain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return name.length() > 63 ? name.substring(0, 63).replaceAll("-+$", "") : name;
    }
}
