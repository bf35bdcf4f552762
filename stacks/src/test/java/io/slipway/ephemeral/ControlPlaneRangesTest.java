package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.ops.RefusedException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every GKE child gets a control-plane /28 that neither its parent nor another child uses. */
class ControlPlaneRangesTest extends EphemeralTestbed {
    private static final String SHARED_BY_HASH = "172.16.39.48/28";

    @Test
    void twoChildrenWhoseNamesHashAlikeGetDifferentRanges() {
        // GIVEN two names whose hash lands on the same /28, and pr-890 up as a child of gcp-dev on it
        assertThat(new ControlPlaneRanges().choose("pr-1006", "gcp-dev", List.of())).isEqualTo(SHARED_BY_HASH);
        at(T0).up(request("pr-890", "gcp-dev", "8h"));
        assertThat(store.read("pr-890").spec().gcp().masterCidr()).isEqualTo(SHARED_BY_HASH);

        // WHEN pr-1006, whose name hashes to the same block, is prepared
        var second = at(T0).prepare(request("pr-1006", "gcp-dev", "8h"));

        // THEN it takes the next free block instead, and not the parent's
        assertThat(second.gcp().masterCidr()).isEqualTo("172.16.39.64/28");
        // AND the choice is deterministic: preparing it again gives the same range
        assertThat(at(T0).prepare(request("pr-1006", "gcp-dev", "8h")).gcp().masterCidr()).isEqualTo("172.16.39.64/28");
    }

    @Test
    void aSiblingWhoseFileNoLongerValidatesOrThatIsKnownOnlyByItsStackKeepsItsRange() throws Exception {
        // GIVEN pr-890 on the shared block, whose file a newer rule now fails
        at(T0).up(request("pr-890", "gcp-dev", "8h"));
        String text = java.nio.file.Files.readString(store.file("pr-890"));
        java.nio.file.Files.writeString(store.file("pr-890"), text.replace("kubernetesVersion: \"1.34\"", "kubernetesVersion: \"1.31\""));
        assertThat(java.nio.file.Files.readString(store.file("pr-890"))).contains("1.31");

        // WHEN pr-1006, whose name hashes to the same block, is prepared THEN it still avoids pr-890's range
        assertThat(at(T0).prepare(request("pr-1006", "gcp-dev", "8h")).gcp().masterCidr()).isEqualTo("172.16.39.64/28");

        // AND GIVEN instead a sibling made elsewhere, known only by its stack's record of that range
        java.nio.file.Files.delete(store.file("pr-890"));
        stacks.stacks.add("pr-890");
        deployer.deployed("pr-890");
        deployer.ephemeralOutputs.put("pr-890", java.util.Map.of("parent", "gcp-dev", "owner", "sam@example.com",
                "createdAt", T0.toString(), "expiresAt", T0.plusSeconds(28800).toString(), "controlPlaneRange", SHARED_BY_HASH));
        // WHEN pr-1006 is made (dev up asks the backend) THEN it avoids that range too
        at(T0).up(request("pr-1006", "gcp-dev", "8h"));
        assertThat(store.read("pr-1006").spec().gcp().masterCidr()).isEqualTo("172.16.39.64/28");
    }

    @Test
    void aChildPreparedAgainKeepsItsOwnRangeRatherThanAvoidingItself() {
        // GIVEN pr-890 is up WHEN it is prepared again (dev up --offline of an existing child)
        at(T0).up(request("pr-890", "gcp-dev", "8h"));

        // THEN its own file does not count as a sibling in the way
        assertThat(at(T0).prepare(request("pr-890", "gcp-dev", "8h")).gcp().masterCidr()).isEqualTo(SHARED_BY_HASH);
    }

    @Test
    void rangesInUseAreSkippedWrappingRoundThePool() {
        // GIVEN a pool of four /28s (.0, .16, .32, .48), where pr-890's name lands on the last one
        var ranges = new ControlPlaneRanges("172.16.0.0/26");
        assertThat(ranges.choose("pr-890", "gcp-dev", List.of("10.64.0.0/14"))).isEqualTo("172.16.0.48/28");

        // WHEN that block is in use THEN the search wraps round to the first
        assertThat(ranges.choose("pr-890", "gcp-dev", List.of("172.16.0.48/28"))).isEqualTo("172.16.0.0/28");
        // AND a larger range in use covers every block inside it
        assertThat(ranges.choose("pr-890", "gcp-dev", List.of("172.16.0.48/28", "172.16.0.0/27"))).isEqualTo("172.16.0.32/28");
    }

    @Test
    void aFullPoolIsRefusedNamingTheChildAndWhatToDo() {
        // GIVEN a pool of four blocks, all used
        var ranges = new ControlPlaneRanges("172.16.0.0/26");

        // WHEN a child asks for one THEN it is refused with a message saying why and what to do
        assertThatThrownBy(() -> ranges.choose("pr-1", "gcp-dev", List.of("172.16.0.0/27", "172.16.0.32/28", "172.16.0.48/28")))
                .isInstanceOf(RefusedException.class)
                .hasMessage("NAME pr-1: no free /28 for its control plane in 172.16.0.0/26: all 4 are used by gcp-dev or"
                        + " the ephemeral environments known here; remove a child with slipway dev down NAME first");
    }

    @Test
    void theChildOfAnAwsParentHasNoControlPlaneRangeToChoose() {
        assertThat(at(T0).prepare(request("pr-890", "dev", "8h")).gcp()).isNull();
    }
}
