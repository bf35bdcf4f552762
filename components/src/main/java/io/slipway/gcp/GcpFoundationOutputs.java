package io.slipway.gcp;

import com.pulumi.core.Output;
import io.slipway.cluster.Foundation;

/** What a GCP environment's foundation offers its GKE slots, beyond what every cloud's does. */
public interface GcpFoundationOutputs extends Foundation {
    /** The VPC's self link. */
    Output<String> networkId();

    /** The region's subnet for nodes; its secondary ranges hold pods and services. */
    Output<String> subnetworkId();

    Output<String> podsRangeName();

    Output<String> servicesRangeName();

    /** The KMS key GKE encrypts Kubernetes secrets with. */
    Output<String> clusterSecretsKey();
}
