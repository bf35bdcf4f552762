package io.slipway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void theCommonPoolHasAtLeastFourThreadsOnSmallMachines() {
        // GIVEN one or two CPUs, where the JDK would size the pool at one and CompletableFuture would
        // start a thread per task (and the SDK's runner starves it under Java 25)
        // WHEN nothing is configured THEN the pool gets four threads
        assertThat(Main.commonPoolParallelism(null, 1)).isEqualTo("4");
        assertThat(Main.commonPoolParallelism(null, 2)).isEqualTo("4");
    }

    @Test
    void largerMachinesKeepTheJdkSizeAndAUserSettingWins() {
        // GIVEN sixteen CPUs THEN the JDK's own size (one below the CPU count); GIVEN a -D setting THEN it is kept
        assertThat(Main.commonPoolParallelism(null, 16)).isEqualTo("15");
        assertThat(Main.commonPoolParallelism("2", 2)).isEqualTo("2");
    }
}
