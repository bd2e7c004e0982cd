package com.boxoffice.bench.seatmap;

import com.boxoffice.bench.BenchArgs;
import com.boxoffice.bench.ChildJvm;
import com.boxoffice.bench.Latencies;
import com.boxoffice.bench.Summary;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.api.SeatView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javafx.application.Platform;

/**
 * The kiosk's seat map, headless (Monocle, as the kiosk's UI tests run): time to draw halls of
 * 300, 1,000 and 3,000 seats with the kiosk's own component; time from a seat-status event to
 * the changed seat drawn; and the kiosk's cold start, in its own JVM, to the attract screen.
 * Ends with the {@code bench=seatmap} line.
 *
 * <p>Overrides: {@code --draws=N --events=N --starts=N}.
 */
public final class SeatMapBench {

    private static final List<int[]> HALLS = List.of(new int[] {15, 20}, new int[] {25, 40},
            new int[] {50, 60});
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
            "-Djava.awt.headless=true");

    private SeatMapBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = BenchArgs.parse(args);
        int draws = options.number("draws", 3, 8);
        int events = options.number("events", 20, 100);
        int starts = options.number("starts", 1, 3);
        Path work = Path.of(System.getProperty("bench.work", "target/bench-work"));

        Summary summary = new Summary("seatmap");
        SeatMapStage stage = SeatMapStage.open();
        List<SeatView> largest = List.of();
        for (int[] shape : HALLS) {
            List<SeatView> hall = SeatMapStage.hall(shape[0], shape[1]);
            Latencies drawing = new Latencies();
            Latencies building = new Latencies();
            Latencies layout = new Latencies();
            for (int i = 0; i < draws + 2; i++) {
                SeatMapStage.Drawing drawn = stage.drawHall(hall);
                if (i >= 2) {
                    drawing.record(drawn.total());
                    building.record(drawn.build());
                    layout.record(drawn.layout());
                }
            }
            String prefix = "draw_" + hall.size();
            summary.put(prefix + "_p50_ms", drawing.percentileMillis(50))
                    .put(prefix + "_max_ms", drawing.percentileMillis(100))
                    .put(prefix + "_build_p50_ms", building.percentileMillis(50))
                    .put(prefix + "_css_layout_p50_ms", layout.percentileMillis(50));
            largest = hall;
        }

        List<SeatView> thousand = SeatMapStage.hall(25, 40);
        stage.drawHall(thousand);
        Latencies toPulse = new Latencies();
        Latencies toFrame = new Latencies();
        for (int i = 0; i < events; i++) {
            SeatView seat = thousand.get(ThreadLocalRandom.current().nextInt(thousand.size()));
            SeatStatus status = i % 2 == 0 ? SeatStatus.HELD : SeatStatus.AVAILABLE;
            toPulse.record(stage.changeSeatToPulse(seat.id(), status));
            toFrame.record(stage.changeSeat(seat.id(), status));
        }
        summary.put("event_to_pulse_1000_p50_ms", toPulse.percentileMillis(50))
                .put("event_to_pulse_1000_p99_ms", toPulse.percentileMillis(99))
                .put("event_to_frame_1000_p50_ms", toFrame.percentileMillis(50))
                .put("event_to_frame_1000_p99_ms", toFrame.percentileMillis(99));
        Platform.exit();

        Latencies coldStarts = new Latencies();
        for (int i = 0; i < starts; i++) {
            coldStarts.record(coldStart(work, i).toNanos());
        }
        summary.put("largest_hall", largest.size())
                .put("cold_start_to_attract_ms", coldStarts.percentileMillis(50))
                .print();
        System.exit(0);
    }

    /** From starting the kiosk's JVM to its attract screen drawn. */
    private static Duration coldStart(Path work, int attempt) throws IOException,
            InterruptedException {
        try (ChildJvm kiosk = ChildJvm.start("kiosk-cold-start-" + attempt, work, HEADLESS,
                KioskColdStart.class.getName(), List.of("--node-url", "http://127.0.0.1:9",
                        "--api-key", "none"), Map.of())) {
            long started = System.nanoTime();
            long deadline = started + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline) {
                if (Files.readString(kiosk.log()).contains(KioskColdStart.MARKER)) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("the kiosk showed no attract screen in two minutes;"
                    + " see " + kiosk.log());
        }
    }
}
