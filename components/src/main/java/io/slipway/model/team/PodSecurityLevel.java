package io.slipway.model.team;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The Pod Security Standards a team may choose; {@code privileged} is reserved for platform namespaces. */
public enum PodSecurityLevel {
    @JsonProperty("restricted") RESTRICTED,
    @JsonProperty("baseline") BASELINE;

    /** The value of the {@code pod-security.kubernetes.io/*} labels. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
