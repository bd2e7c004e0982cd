package com.boxoffice.bench.onsale;

import com.boxoffice.bench.BuyerClient;
import com.boxoffice.bench.Latencies;
import com.boxoffice.model.SeatLayout;
import java.util.List;
import java.util.UUID;

/**
 * One buyer alone on a warmed system: holds two seats, then pays or releases them, one request
 * at a time. Nothing queues, so each median is what one request of that kind costs the system,
 * which explains the rush's throughput better than the rush itself can.
 */
final class LoneBuyer {

    /** Median milliseconds of each kind of request. */
    record Costs(double holdMs, double payMs, double releaseMs, long failed) { }

    private final BuyerClient client;
    private final String url;
    private final long[] shows;
    private final int rows;
    private final int seatsPerRow;

    LoneBuyer(BuyerClient client, String url, long[] shows, int rows, int seatsPerRow) {
        this.client = client;
        this.url = url;
        this.shows = shows;
        this.rows = rows;
        this.seatsPerRow = seatsPerRow;
    }

    /**
     * Makes {@code wanted} hold-then-pay and as many hold-then-release cycles (fewer if the
     * show has not seats enough), walking the seats of its show pair by pair from the back row.
     */
    Costs measure(int wanted) {
        // Each payment takes a pair of seats for good; the show has this many pairs.
        int cycles = Math.min(wanted, rows * (seatsPerRow / 2));
        Latencies hold = new Latencies();
        Latencies pay = new Latencies();
        Latencies release = new Latencies();
        long failed = 0;
        long show = shows[shows.length - 1];
        int seat = 0;
        for (int cycle = 0; cycle < 2 * cycles; cycle++) {
            int at = seat++ % (rows * (seatsPerRow / 2));
            String row = SeatLayout.rowName(rows - 1 - at / (seatsPerRow / 2));
            int first = 1 + 2 * (at % (seatsPerRow / 2));
            List<String> seats = List.of(row + first, row + (first + 1));
            long started = System.nanoTime();
            BuyerClient.HoldAnswer held = client.hold(url, show, UUID.randomUUID().toString(),
                    seats);
            if (!held.held()) {
                failed++;
                continue;
            }
            hold.record(System.nanoTime() - started);
            started = System.nanoTime();
            if (cycle % 2 == 0) {
                // Released seats may be held again; paid ones are gone.
                seat--;
                if (client.release(url, held.reservationId()) != 200) {
                    failed++;
                }
                release.record(System.nanoTime() - started);
            } else {
                if (!client.pay(url, held.reservationId(), UUID.randomUUID().toString())
                        .booked()) {
                    failed++;
                }
                pay.record(System.nanoTime() - started);
            }
        }
        return new Costs(hold.percentileMillis(50), pay.percentileMillis(50),
                release.percentileMillis(50), failed);
    }
}
