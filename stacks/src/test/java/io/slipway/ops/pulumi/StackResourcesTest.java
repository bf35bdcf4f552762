package io.slipway.ops.pulumi;

import static io.slipway.ops.StackFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.ops.StackFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackResourcesTest {
    private final StackResources state = StackResources.of(StackFixture.devWithBlue());

    @Test
    void theDestroySetNeverHoldsTheProtectedFoundationOrWhatItNeeds() {
        // GIVEN dev's state  WHEN computing what a whole destroy targets
        List<String> targets = state.destroyableExceptProtected();

        // THEN zone, KMS key and backups bucket stay, with their parent component, their provider and the stack
        assertThat(targets).doesNotContain(ZONE, KMS_KEY, BACKUPS_BUCKET, FOUNDATION, AWS_PROVIDER, STACK);
        // AND everything else goes: network, slot, cluster, its provider and the add-on releases
        assertThat(targets).containsExactlyInAnyOrder(VPC, SLOT, CLUSTER, K8S_PROVIDER, INGRESS, MONITORING);
        assertThat(state.protectedUrns()).containsExactly(ZONE, KMS_KEY, BACKUPS_BUCKET);
    }

    @Test
    void aResourceAProtectedOneDependsOnIsKeptTooEvenIfUnprotected() {
        // GIVEN a protected bucket that depends on an unprotected KMS key of its own
        String key = PREFIX + "aws:kms/key:Key::bucket-key";
        String bucket = PREFIX + "aws:s3/bucketV2:BucketV2::archive";
        StackResources withDependency = StackResources.of(List.of(
                new DeployedResource(key, "aws:kms/key:Key", null, false, List.of()),
                new DeployedResource(bucket, "aws:s3/bucketV2:BucketV2", null, true, List.of(key))));

        // WHEN computing the destroy set  THEN the key is kept, so the bucket stays usable
        assertThat(withDependency.destroyableExceptProtected()).isEmpty();
    }

    @Test
    void theIngressReleaseOfASlotIsFoundByTypeAndNameBelowItsClusterSlot() {
        // GIVEN dev's state  WHEN looking up blue's ClusterSlot and its ingress release
        DeployedResource slot = state.clusterSlot("dev-blue").orElseThrow();

        // THEN the slot, its release named *ingress* (not monitoring), the cluster and the deployed slots are found
        assertThat(slot.urn()).isEqualTo(SLOT);
        assertThat(state.ingressReleases(SLOT)).containsExactly(INGRESS);
        assertThat(state.hasCluster(SLOT)).isTrue();
        assertThat(state.deployedSlots("dev")).containsExactly("blue");
        assertThat(state.clusterSlot("dev-green")).isEmpty();
    }

    @Test
    void aProtectedResourceKeepsTheComponentThatConfiguresItWhole() {
        // GIVEN a protected key inside its component with an unprotected alias, next to a network, all under the foundation
        String keyUnit = PREFIX + "slipway:aws:Foundation$slipway:aws:EnvironmentKey::dev";
        String key = PREFIX + "slipway:aws:Foundation$slipway:aws:EnvironmentKey$aws:kms/key:Key::dev";
        String alias = PREFIX + "slipway:aws:Foundation$slipway:aws:EnvironmentKey$aws:kms/alias:Alias::dev";
        String network = PREFIX + "slipway:aws:Foundation$slipway:aws:Network::dev";
        String vpc = PREFIX + "slipway:aws:Foundation$slipway:aws:Network$aws:ec2/vpc:Vpc::dev";
        StackResources state = StackResources.of(List.of(
                new DeployedResource(STACK, "pulumi:pulumi:Stack", null, false, List.of()),
                new DeployedResource(FOUNDATION, "slipway:aws:Foundation", STACK, false, List.of()),
                new DeployedResource(keyUnit, "slipway:aws:EnvironmentKey", FOUNDATION, false, List.of()),
                new DeployedResource(key, "aws:kms/key:Key", keyUnit, true, List.of()),
                new DeployedResource(alias, "aws:kms/alias:Alias", keyUnit, false, List.of(key)),
                new DeployedResource(network, "slipway:aws:Network", FOUNDATION, false, List.of()),
                new DeployedResource(vpc, "aws:ec2/vpc:Vpc", network, false, List.of())));

        // WHEN computing the destroy set  THEN the alias stays with its key; the network, a sibling component, goes
        assertThat(state.destroyableExceptProtected()).containsExactly(network, vpc);
        assertThat(state.kept()).contains(keyUnit, key, alias, FOUNDATION);
        // AND grouped by component, each resource counts in its own component
        assertThat(state.byComponent(state.destroyableExceptProtected())).containsOnlyKeys("slipway:aws:Network dev");
    }
}
