package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cluster.FoundationExports;
import io.slipway.plan.OfflinePlanner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A long-lived environment exports every output its ephemeral children read through their stack reference. */
class ParentExportsTest {
    private static final List<String> SHARED = List.of(FoundationExports.DNS_ZONE_ID, FoundationExports.NAME_SERVERS,
            FoundationExports.BACKUPS_BUCKET, FoundationExports.DOMAIN);
    private static final List<String> AWS = List.of(FoundationExports.AWS_VPC_ID, FoundationExports.AWS_PRIVATE_SUBNET_IDS,
            FoundationExports.AWS_PUBLIC_SUBNET_IDS, FoundationExports.AWS_KMS_KEY_ARN, FoundationExports.AWS_HOSTED_ZONE_ARN,
            FoundationExports.AWS_BACKUPS_BUCKET_ARN);
    private static final List<String> GCP = List.of(FoundationExports.GCP_NETWORK, FoundationExports.GCP_SUBNETWORK,
            FoundationExports.GCP_PODS_RANGE, FoundationExports.GCP_SERVICES_RANGE, FoundationExports.GCP_CLUSTER_SECRETS_KEY);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dev, aws", "gcp-dev, gcp"})
    void theParentsPlanExportsItsFoundation(String stack, String cloud) {
        // WHEN the shipped parent is planned
        var outputs = new OfflinePlanner().plan(stack, Path.of("..", "environments", "Pulumi." + stack + ".yaml")).outputs();

        // THEN every output a child requires is there, with a value, and no ephemeral marker
        assertThat(outputs).containsKeys(SHARED.toArray(String[]::new));
        assertThat(outputs).containsKeys((cloud.equals("aws") ? AWS : GCP).toArray(String[]::new));
        assertThat(outputs.get(FoundationExports.DOMAIN)).isNotNull();
        assertThat(outputs).doesNotContainKey("ephemeral");
    }
}
