package com.boxoffice.bench.sellout;

import com.boxoffice.bench.BuyerClient;
import com.boxoffice.bench.Latencies;
import com.boxoffice.model.SeatLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every buyer wants 1-4 seats next to each other and keeps trying until told clearly: booked,
 * or the show is full. Taken seats: the first alternative offered, else one seat fewer; held by
 * others: a short wait; full for this many: one seat fewer, until full even for one.
 */
final class SellOutRace {

    private static final int MAX_FAILURES = 5;

    record Result(long booked, long toldFull, long unanswered, long selloutMillis,
                  long doubleSoldSeen, Latencies holdLatency) {

        long answered() {
            return booked + toldFull;
        }
    }

    private enum Answer { BOOKED, FULL, NONE }

    private final List<String> urls;
    private final long show;
    private final int buyers;
    private final int rows;
    private final int seatsPerRow;
    private final BuyerClient client;
    private final Latencies holdLatency = new Latencies();
    private final AtomicLong booked = new AtomicLong();
    private final AtomicLong full = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong lastBooking = new AtomicLong();
    private final AtomicLong doubleSoldSeen = new AtomicLong();
    private final Map<String, String> soldSeats = new ConcurrentHashMap<>();

    SellOutRace(List<String> urls, long show, int buyers, int rows, int seatsPerRow,
                String apiKey) {
        this.urls = urls;
        this.show = show;
        this.buyers = buyers;
        this.rows = rows;
        this.seatsPerRow = seatsPerRow;
        this.client = new BuyerClient(apiKey);
    }

    Result run() throws InterruptedException {
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int b = 0; b < buyers; b++) {
            String url = urls.get(b % urls.size());
            threads.add(Thread.ofVirtual().start(() -> count(buy(url))));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long selloutMillis = (lastBooking.get() - started) / 1_000_000;
        return new Result(booked.get(), full.get(), unanswered.get(), selloutMillis,
                doubleSoldSeen.get(), holdLatency);
    }

    private void count(Answer answer) {
        switch (answer) {
            case BOOKED -> booked.incrementAndGet();
            case FULL -> full.incrementAndGet();
            case NONE -> unanswered.incrementAndGet();
        }
    }

    private Answer buy(String url) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int wanted = 1 + random.nextInt(4);
        List<String> seats = block(random, wanted);
        int failures = 0;
        while (failures < MAX_FAILURES) {
            String session = UUID.randomUUID().toString();
            long holdStarted = System.nanoTime();
            BuyerClient.HoldAnswer hold = client.hold(url, show, session, seats);
            holdLatency.record(System.nanoTime() - holdStarted);
            if (hold.held()) {
                if (pay(url, hold.reservationId(), seats)) {
                    return Answer.BOOKED;
                }
                failures++;
                seats = block(random, wanted);
                continue;
            }
            if (hold.status() != 409) {
                failures++;
                continue;
            }
            switch (hold.error()) {
                case "SEATS_TAKEN" -> {
                    if (hold.alternatives().isEmpty()) {
                        wanted = Math.max(1, wanted - 1);
                        seats = block(random, wanted);
                    } else {
                        seats = hold.alternatives().getFirst();
                    }
                }
                case "HELD_BY_OTHERS" -> {
                    pause(random);
                    seats = block(random, wanted);
                }
                case "SHOW_FULL" -> {
                    if (wanted == 1) {
                        return Answer.FULL;
                    }
                    wanted--;
                    seats = block(random, wanted);
                }
                default -> failures++;
            }
        }
        return Answer.NONE;
    }

    private boolean pay(String url, String reservationId, List<String> seats) {
        BuyerClient.PayAnswer paid = client.pay(url, reservationId, UUID.randomUUID().toString());
        if (!paid.booked()) {
            return false;
        }
        lastBooking.accumulateAndGet(System.nanoTime(), Math::max);
        for (String seat : seats) {
            if (soldSeats.putIfAbsent(seat, paid.bookingId()) != null) {
                doubleSoldSeen.incrementAndGet();
            }
        }
        return true;
    }

    private static void pause(ThreadLocalRandom random) {
        try {
            Thread.sleep(10 + random.nextInt(40));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> block(ThreadLocalRandom random, int count) {
        String row = SeatLayout.rowName(random.nextInt(rows));
        int first = 1 + random.nextInt(seatsPerRow - count + 1);
        List<String> seats = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            seats.add(row + (first + i));
        }
        return seats;
    }
}
