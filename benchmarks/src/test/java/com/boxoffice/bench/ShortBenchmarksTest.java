package com.boxoffice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.bench.seatmap.SeatMapBench;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Runs every harness in its short setting, so that the benchmarks keep working, and checks
 * only the correctness facts they print; speed is for the full runs of docs/benchmarks.md.
 */
class ShortBenchmarksTest {

    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
            "-Djava.awt.headless=true");

    @Nested
    class SeatMap {

        @Test
        void drawsEveryHallSizeAndReachesTheAttractScreen() throws Exception {

            Map<String, String> summary = HarnessRun.run("seatmap", SeatMapBench.class,
                    HEADLESS, "--short");

            assertThat(summary).containsEntry("largest_hall", "3000")
                    .containsKeys("draw_300_p50_ms", "draw_1000_p50_ms", "draw_3000_p50_ms",
                            "event_to_pulse_1000_p99_ms", "cold_start_to_attract_ms");
        }
    }
}
