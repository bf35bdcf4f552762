package io.slipway.gcp.kms;

import io.slipway.cluster.EnvironmentContext;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link EnvironmentKeys} builds.
 *
 * @param project     the GCP project of the key ring. Required.
 * @param region      the key ring's location; GKE and GCS need keys in their own region. Required.
 * @param keyRingName the key ring's name. Key rings can never be deleted in GCP, so it must be
 *                    unique for the environment's lifetime. Required.
 * @param labels      labels on the keys (key rings take none). @default {}
 */
public record EnvironmentKeysArgs(String project, String region, String keyRingName, Map<String, String> labels) {
    public EnvironmentKeysArgs {
        Objects.requireNonNull(project, "EnvironmentKeysArgs.project is required");
        Objects.requireNonNull(region, "EnvironmentKeysArgs.region is required");
        Objects.requireNonNull(keyRingName, "EnvironmentKeysArgs.keyRingName is required");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The environment's key ring, named after the environment. */
    public static EnvironmentKeysArgs of(EnvironmentContext environment) {
        return new EnvironmentKeysArgs(environment.spec().gcp().project(), environment.spec().region(),
                "slipway-" + environment.name(), environment.gcpLabels(EnvironmentContext.SHARED_SLOT, "kms"));
    }
}
