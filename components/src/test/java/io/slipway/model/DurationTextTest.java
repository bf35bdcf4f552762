package io.slipway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
    @Test
    void eachCallerReadsOnlyItsOwnUnits() {
        // GIVEN the units of times to live (dhm) and of operator waits (hms)
        // WHEN / THEN each reads its own and refuses the other's
        assertThat(DurationText.parse("1d12h", "dhm")).contains(Duration.ofHours(36));
        assertThat(DurationText.parse("1h30m", "hms")).contains(Duration.ofMinutes(90));
        assertThat(DurationText.parse("90s", "dhm")).isEmpty();
        assertThat(DurationText.parse("1d", "hms")).isEmpty();
    }

    @Test
    void malformedOrOverlongTextIsNoDurationAndNeverOverflows() {
        // GIVEN text with gaps, no unit, a unit alone, and a number far past any wait
        for (String bad : new String[] {"", " ", "10", "m", "10 m", "1h30", "99999999999999999999h", "100000h"}) {
            // WHEN / THEN it is not a duration, and nothing throws
            assertThat(DurationText.parse(bad, "hms")).as(bad).isEmpty();
        }
        assertThat(DurationText.parse("99999h", "hms")).contains(Duration.ofHours(99_999));
    }

    @Test
    void formattingDropsZeroPartsAndShowsTheSmallestUnitForZero() {
        assertThat(DurationText.format(Duration.ofMinutes(1530), "dhm")).isEqualTo("1d1h30m");
        assertThat(DurationText.format(Duration.ofHours(24), "dhm")).isEqualTo("1d");
        assertThat(DurationText.format(Duration.ofSeconds(59), "dhm")).isEqualTo("0m");
        assertThat(DurationText.format(Duration.ofSeconds(3661), "hms")).isEqualTo("1h1m1s");
        assertThat(DurationText.format(Duration.ofSeconds(-5), "hms")).isEqualTo("0s");
    }

    @Test
    void timesToLiveArePositive() {
        assertThat(TimeToLive.parse("8h")).isEqualTo(Duration.ofHours(8));
        assertThatThrownBy(() -> TimeToLive.parse("0m")).hasMessageContaining("is zero");
        assertThatThrownBy(() -> TimeToLive.parse("8 hours")).hasMessageContaining(TimeToLive.SYNTAX);
    }
}
