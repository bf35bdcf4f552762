package io.slipway.platform;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.ephemeral.EphemeralSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code ephemeral} stack output of a child: its second record next to its environment file.
 * {@code dev list}, {@code dev reap} and the cap find children without a file here by it; siblings made
 * elsewhere avoid a GKE child's control-plane range by it; {@code dev up} tells a free standby by it,
 * since another checkout's claim changes the backend, not the files here.
 */
public final class EphemeralRecord {
    /** The output's name. */
    public static final String OUTPUT = "ephemeral";
    /** A GKE child's control-plane /28, which its siblings must not take. */
    public static final String CONTROL_PLANE_RANGE = "controlPlaneRange";
    /** Present (true) on a standby waiting to be claimed. */
    public static final String STANDBY = "standby";
    /** The name a claimed standby answers to. */
    public static final String CLAIMED_AS = "claimedAs";

    private EphemeralRecord() {}

    /** The output of an ephemeral environment. */
    public static Map<String, Object> of(EnvironmentSpec spec) {
        EphemeralSpec ephemeral = spec.ephemeral();
        var record = new LinkedHashMap<String, Object>();
        record.put("parent", ephemeral.parent());
        record.put("owner", ephemeral.owner());
        record.put("createdAt", ephemeral.createdAt());
        record.put("expiresAt", ephemeral.expiresAt());
        if (spec.gcp() != null) {
            record.put(CONTROL_PLANE_RANGE, spec.gcp().masterCidr());
        }
        if (ephemeral.isStandby()) {
            record.put(STANDBY, true);
        }
        if (ephemeral.claimedAs() != null) {
            record.put(CLAIMED_AS, ephemeral.claimedAs());
        }
        return record;
    }
}
