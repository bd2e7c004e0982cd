package com.boxoffice.bench.onsale;

import com.boxoffice.bench.BuyerClient;
import com.boxoffice.bench.Latencies;
import com.boxoffice.model.SeatLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One on-sale rush against one system: every buyer a virtual thread that, until time is up,
 * picks a show and a block of 1-4 seats next to each other, holds them (taking the first
 * alternative once if they are taken), then pays or walks away and releases them.
 */
final class OnSaleRun {

    /** What the buyers do; the same for every system of a run. */
    record Workload(int buyers, int seconds, int rows, int seatsPerRow, int payPercent) { }

    /** What the buyers saw. */
    record Result(String name, long holds, long holdAttempts, long bookings, long released,
                  long refused, long failed, double seconds, Latencies holdLatency,
                  List<String> bookingIds, long doubleSoldSeen, long seatsSold) {

        double holdsPerSecond() {
            return holds / seconds;
        }

        double bookingsPerSecond() {
            return bookings / seconds;
        }
    }

    private final String name;
    private final List<String> urls;
    private final long[] shows;
    private final Workload workload;
    private final BuyerClient client;
    private final Latencies holdLatency = new Latencies();
    private final AtomicLong holds = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong bookings = new AtomicLong();
    private final AtomicLong released = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong doubleSoldSeen = new AtomicLong();
    private final Queue<String> bookingIds = new ConcurrentLinkedQueue<>();
    private final Map<String, String> soldSeats = new ConcurrentHashMap<>();

    OnSaleRun(String name, List<String> urls, long[] shows, Workload workload, String apiKey) {
        this.name = name;
        this.urls = urls;
        this.shows = shows;
        this.workload = workload;
        this.client = new BuyerClient(apiKey);
    }

    Result run() throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + workload.seconds() * 1_000_000_000L;
        List<Thread> buyers = new ArrayList<>();
        for (int b = 0; b < workload.buyers(); b++) {
            String url = urls.get(b % urls.size());
            buyers.add(Thread.ofVirtual().name("buyer-" + b).start(() -> buy(url, deadline)));
        }
        for (Thread buyer : buyers) {
            buyer.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(name, holds.get(), attempts.get(), bookings.get(), released.get(),
                refused.get(), failed.get(), seconds, holdLatency, List.copyOf(bookingIds),
                doubleSoldSeen.get(), soldSeats.size());
    }

    private void buy(String url, long deadline) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline) {
            long show = shows[random.nextInt(shows.length)];
            String session = UUID.randomUUID().toString();
            List<String> seats = block(random);
            BuyerClient.HoldAnswer answer = hold(url, show, session, seats);
            if (answer.status() == 409 && !answer.alternatives().isEmpty()) {
                seats = answer.alternatives().getFirst();
                answer = hold(url, show, session, seats);
            }
            if (answer.held()) {
                holds.incrementAndGet();
                finish(url, show, seats, answer.reservationId(), random);
            } else if (answer.status() == 409) {
                refused.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
        }
    }

    private BuyerClient.HoldAnswer hold(String url, long show, String session,
                                        List<String> seats) {
        attempts.incrementAndGet();
        long started = System.nanoTime();
        BuyerClient.HoldAnswer answer = client.hold(url, show, session, seats);
        holdLatency.record(System.nanoTime() - started);
        return answer;
    }

    private void finish(String url, long show, List<String> seats, String reservationId,
                        ThreadLocalRandom random) {
        if (random.nextInt(100) < workload.payPercent()) {
            BuyerClient.PayAnswer paid = client.pay(url, reservationId,
                    UUID.randomUUID().toString());
            if (paid.booked()) {
                bookings.incrementAndGet();
                bookingIds.add(paid.bookingId());
                seats.forEach(seat -> {
                    if (soldSeats.putIfAbsent(show + "/" + seat, paid.bookingId()) != null) {
                        doubleSoldSeen.incrementAndGet();
                    }
                });
            } else {
                failed.incrementAndGet();
            }
        } else if (client.release(url, reservationId) == 200) {
            released.incrementAndGet();
        } else {
            failed.incrementAndGet();
        }
    }

    private List<String> block(ThreadLocalRandom random) {
        int count = 1 + random.nextInt(4);
        String row = SeatLayout.rowName(random.nextInt(workload.rows()));
        int first = 1 + random.nextInt(workload.seatsPerRow() - count + 1);
        List<String> seats = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            seats.add(row + (first + i));
        }
        return seats;
    }
}
