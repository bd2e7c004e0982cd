package com.boxoffice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.bench.onsale.OnSaleBench;
import com.boxoffice.bench.search.SearchBench;
import com.boxoffice.bench.seatmap.SeatMapBench;
import com.boxoffice.bench.sellout.SellOutBench;
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
    class OnSale {

        @Test
        void sellsEverySeatAtMostOnceAndLosesNoBookingOnEverySystem() throws Exception {

            Map<String, String> summary = HarnessRun.run("onsale", OnSaleBench.class,
                    List.of(), "--short");

            assertThat(summary).containsEntry("double_sold", "0")
                    .containsEntry("lost_bookings", "0")
                    .containsKeys("loopback_rtt_us", "hz_entry_op_us", "pg_commits_per_s_1conn",
                            "ratio_for_update", "ratio_skip_locked", "ratio3_for_update");
            for (String system : List.of("boxoffice", "boxoffice3", "for_update",
                    "skip_locked")) {
                assertThat(Double.parseDouble(summary.get(system + "_bookings_per_s")))
                        .as("bookings per second of %s", system).isPositive();
                assertThat(summary).containsKeys(system + "_hold_p50_ms",
                        system + "_hold_p999_ms", system + "_sold_pct");
                assertThat(Double.parseDouble(summary.get(system + "_alone_pay_ms")))
                        .as("a lone buyer's payment on %s", system).isPositive();
            }
        }
    }

    @Nested
    class SellOut {

        @Test
        void sellsTheWholeHallOnceAndAnswersEveryBuyerOnEverySystem() throws Exception {

            Map<String, String> summary = HarnessRun.run("sellout", SellOutBench.class,
                    List.of(), "--short");

            String hall = summary.get("hall");
            String buyers = summary.get("buyers");
            assertThat(summary).containsEntry("double_sold", "0");
            for (String system : List.of("boxoffice", "for_update", "skip_locked")) {
                assertThat(summary).containsEntry(system + "_sold", hall)
                        .containsEntry(system + "_answered", buyers)
                        .containsKey(system + "_sellout_ms");
            }
        }
    }

    @Nested
    class Search {

        @Test
        void answersEveryKindOfQueryOnAGeneratedCatalogWithLiveHolds() throws Exception {

            Map<String, String> summary = HarnessRun.run("search", SearchBench.class,
                    List.of(), "--short");

            assertThat(summary).containsEntry("failed", "0")
                    .containsKeys("node_start_s", "heap_used_mb", "keyword_p50_ms",
                            "city_p99_ms", "radius_p50_ms", "date_p99_ms");
            assertThat(Long.parseLong(summary.get("live_holds"))).isPositive();
            assertThat(Long.parseLong(summary.get("shows"))).isPositive();
        }
    }

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
