package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.ops.RefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad requests get a clear error naming the flag or key, and nothing is written or deployed. */
class EphemeralBadInputTest extends EphemeralTestbed {
    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of(new EphemeralRequest("x1", "nope", "jane@example.com", "8h", null), "--from nope: no such environment"),
                Arguments.of(new EphemeralRequest("x1", "dev", "jane@example.com", "73h", null), "--ttl 73h is longer than the 72h"),
                Arguments.of(new EphemeralRequest("x1", "dev", "jane@example.com", "8 hours", null), "--ttl: '8 hours' is not a time to live"),
                Arguments.of(new EphemeralRequest("x1", "dev", "jane@example.com", "0h", null), "--ttl: '0h' is zero"),
                Arguments.of(new EphemeralRequest("a-name-far-too-long-for-it", "dev", "jane@example.com", "8h", null), "NAME 'a-name-far-too-long-for-it' is not valid"),
                Arguments.of(new EphemeralRequest("Jane_Test", "dev", "jane@example.com", "8h", null), "NAME 'Jane_Test' is not valid"),
                Arguments.of(new EphemeralRequest("x1", "dev", null, "8h", null), "--owner is required"),
                Arguments.of(new EphemeralRequest("x1", "dev", " ", "8h", null), "--owner is required"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRequests")
    void isRefusedNamingTheFlagAndNothingIsWritten(EphemeralRequest request, String message) throws IOException {
        assertThatThrownBy(() -> at(T0).up(request)).isInstanceOf(RefusedException.class).hasMessageContaining(message);

        assertThat(journal).isEmpty();
        try (var files = Files.list(project.resolve("environments"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("Pulumi.dev.yaml", "Pulumi.gcp-dev.yaml");
        }
    }

    @Test
    void anEphemeralParentIsRefused() {
        at(T0).up(new EphemeralRequest("child", "dev", "jane@example.com", "8h", null));
        journal.clear();

        assertThatThrownBy(() -> at(T0).up(new EphemeralRequest("grandchild", "child", "jane@example.com", "8h", null)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("--from child: it is itself ephemeral");
        assertThat(store.file("grandchild")).doesNotExist();
        assertThat(journal).isEmpty();
    }

    @Test
    void anOwnerThatIsNoAddressIsRefusedByTheModelNamingTheKey() {
        assertThatThrownBy(() -> at(T0).up(new EphemeralRequest("x1", "dev", "jane", "8h", null)))
                .isInstanceOf(InvalidEnvironmentException.class)
                .satisfies(e -> assertThat(((InvalidEnvironmentException) e).problems())
                        .anySatisfy(p -> assertThat(p.render()).contains("ephemeral.owner").contains("not an e-mail address")));
        assertThat(store.file("x1")).doesNotExist();
    }

    @Test
    void theParentsCapOnChildrenIsEnforced() throws IOException {
        // GIVEN dev allows one child at a time, and has one
        Path dev = store.file("dev");
        Files.writeString(dev, Files.readString(dev).replace("ephemeralPolicy: {standby: 1}", "ephemeralPolicy: {maxEnvironments: 1}"));
        at(T0).up(new EphemeralRequest("first", "dev", "jane@example.com", "8h", null));

        // WHEN a second is asked for
        assertThatThrownBy(() -> at(T0).up(new EphemeralRequest("second", "dev", "jane@example.com", "8h", null)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("ephemeralPolicy.maxEnvironments");
        assertThat(store.file("second")).doesNotExist();
    }

    @Test
    void devCommandsNeverTouchALongLivedEnvironment() {
        assertThatThrownBy(() -> at(T0).down("dev")).isInstanceOf(RefusedException.class).hasMessageContaining("not an ephemeral");
        assertThatThrownBy(() -> at(T0).up(new EphemeralRequest("gcp-dev", "dev", "jane@example.com", "8h", null)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("already exists");
        assertThat(journal).isEmpty();
        assertThat(List.of(store.file("dev"), store.file("gcp-dev"))).allMatch(Files::exists);
    }
}
