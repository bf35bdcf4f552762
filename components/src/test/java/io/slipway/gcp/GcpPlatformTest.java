package io.slipway.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.offline.RegisteredResource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GcpPlatformTest {
    /** GCP resource types whose API takes labels, and the input that holds them. */
    private static final Map<String, String> LABELS_INPUT = Map.of(
            "gcp:container/cluster:Cluster", "resourceLabels",
            "gcp:container/nodePool:NodePool", "nodeConfig.resourceLabels",
            "gcp:dns/managedZone:ManagedZone", "labels",
            "gcp:kms/cryptoKey:CryptoKey", "labels",
            "gcp:storage/bucket:Bucket", "labels");
    /** Types whose API has no labels at all. */
    private static final Set<String> UNLABELLED = Set.of(
            "gcp:compute/network:Network", "gcp:compute/subnetwork:Subnetwork", "gcp:compute/router:Router",
            "gcp:compute/routerNat:RouterNat", "gcp:kms/keyRing:KeyRing", "gcp:serviceaccount/account:Account",
            "gcp:projects/iAMMember:IAMMember", "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
            "gcp:logging/projectBucketConfig:ProjectBucketConfig", "gcp:logging/projectSink:ProjectSink",
            "gcp:storage/bucketIAMMember:BucketIAMMember");

    private static EnvironmentSpec gcpDev() {
        return new EnvironmentLoader().loadStackFile(Path.of("../environments/Pulumi.gcp-dev.yaml")).spec();
    }

    @Test
    void gcpDevEnvironmentPlansCleanly() {
        // GIVEN environments/Pulumi.gcp-dev.yaml
        var spec = gcpDev();

        // WHEN planned
        var planned = GcpTestbed.plan("gcp-dev", spec);

        // THEN nothing failed and it built a zonal cluster with a system pool and three spot pools plus fallback
        assertThat(planned.errors()).isEmpty();
        var result = planned.result();
        var cluster = result.single("gcp:container/cluster:Cluster");
        assertThat(cluster.require("name")).isEqualTo("gcp-dev-blue");
        assertThat(cluster.require("location")).isEqualTo("europe-west1-b");
        assertThat(result.ofType("gcp:container/nodePool:NodePool")).extracting(p -> p.require("name")).containsExactlyInAnyOrder(
                "system", "workers-e2-standard-4", "workers-n2-standard-4", "workers-n2d-standard-4", "workers-on-demand");
    }

    @Test
    void everyLabelledResourceCarriesAttributionLabels() {
        // GIVEN the gcp-dev environment WHEN planned
        var result = GcpTestbed.plan("gcp-dev", gcpDev()).result();

        // THEN every GCP resource whose API takes labels has the environment's and Slipway's, and no type is forgotten
        var cloudResources = result.resources().stream().filter(r -> r.type().startsWith("gcp:")).toList();
        assertThat(cloudResources).isNotEmpty().allSatisfy(r ->
                assertThat(LABELS_INPUT.containsKey(r.type()) || UNLABELLED.contains(r.type()))
                        .as("labels of %s are checked", r.type()).isTrue());
        assertThat(cloudResources.stream().filter(r -> LABELS_INPUT.containsKey(r.type())))
                .isNotEmpty()
                .allSatisfy(GcpPlatformTest::assertAttributed);
    }

    private static void assertAttributed(RegisteredResource r) {
        String path = LABELS_INPUT.get(r.type());
        assertThat(r.require(path + ".slipway-environment")).as("%s %s", r.type(), r.name()).isEqualTo("gcp-dev");
        assertThat(r.input(path + ".slipway-slot")).as("%s %s", r.type(), r.name()).isPresent();
        assertThat(r.input(path + ".slipway-component")).as("%s %s", r.type(), r.name()).isPresent();
        assertThat(r.require(path + ".team")).as("%s %s", r.type(), r.name()).isEqualTo("platform");
        assertThat(r.require(path + ".cost-center")).as("%s %s", r.type(), r.name()).isEqualTo("4200");
    }

    @Test
    void twoPlansAreIdentical() {
        // GIVEN the gcp-dev environment WHEN planned twice THEN the graphs are equal
        var first = GcpTestbed.plan("gcp-dev", gcpDev()).result();
        var second = GcpTestbed.plan("gcp-dev", gcpDev()).result();
        assertThat(second.resources()).isEqualTo(first.resources());
    }
}
