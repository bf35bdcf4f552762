package io.slipway.aws.kubernetes;

import com.pulumi.resources.Resource;
import io.slipway.aws.eks.EksCluster;
import java.util.List;
import java.util.Objects;

/**
 * Inputs of an {@link EksKubernetesProvider}.
 *
 * @param cluster   the EKS cluster to connect to. Required.
 * @param region    the cluster's region, passed to {@code aws eks get-token}. Required.
 * @param dependsOn what must exist before anything is sent to the API, such as the access entries
 *                  that let the deploying identity in. @default []
 */
public record EksKubernetesProviderArgs(EksCluster cluster, String region, List<Resource> dependsOn) {
    public EksKubernetesProviderArgs {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(region, "region");
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
