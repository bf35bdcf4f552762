package io.slipway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void operatorDurationsParseAndPrintTheSameWay() {
        // GIVEN/WHEN durations as typed on the command line  THEN they parse to the right length and print back alike
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Durations.format(Duration.ofSeconds(61))).isEqualTo("1m1s");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
    }

    @Test
    void anythingElseIsRefusedWithTheValidForms() {
        for (String invalid : new String[] {"", "10", "m10", "10 m", "10d", "1h30"}) {
            assertThatThrownBy(() -> Durations.parse(invalid)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("use for example 90s, 10m, 2h or 1h30m");
        }
    }
}
