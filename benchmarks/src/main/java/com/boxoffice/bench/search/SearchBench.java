package com.boxoffice.bench.search;

import com.boxoffice.bench.BenchArgs;
import com.boxoffice.bench.BenchPostgres;
import com.boxoffice.bench.BuyerClient;
import com.boxoffice.bench.Catalogs;
import com.boxoffice.bench.HeapProbe;
import com.boxoffice.bench.Latencies;
import com.boxoffice.bench.Summary;
import com.boxoffice.bench.SystemUnderTest;
import com.boxoffice.bench.catalog.CatalogSpec;
import com.boxoffice.model.SeatLayout;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Search at the seed's scale: generates the catalog (500 cities of 10 cinemas, 2,000 seats per
 * cinema, 2 shows per hall per day, a week), starts a node on it, holds seats live, then asks
 * SearchMovies from 50 clients at once for each kind of query; the floor beside it is the same
 * node's /health over the same connections. Ends with the {@code bench=search} line.
 *
 * <p>Overrides: {@code --cities=N --clients=N --requests=N (per client and kind)
 * --holds=N}.
 */
public final class SearchBench {

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = BenchArgs.parse(args);
        CatalogSpec seed = CatalogSpec.seedScale(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        CatalogSpec spec = new CatalogSpec(options.number("cities", 5, seed.cities()),
                seed.cinemasPerCity(), seed.hallsPerCinema(), seed.rowsPerHall(),
                seed.seatsPerRow(), seed.showsPerHallPerDay(), seed.days(), seed.movies(),
                seed.firstDay());
        int clients = options.number("clients", 10, 50);
        int requests = options.number("requests", 3, 40);
        int holds = options.number("holds", 100, 10_000);
        Path work = Path.of(System.getProperty("bench.work", "target/bench-work"));

        Summary summary = new Summary("search").put("cities", spec.cities())
                .put("cinemas", spec.cinemas()).put("shows", spec.shows())
                .put("clients", clients);
        try (BenchPostgres postgres = BenchPostgres.start(work,
                options.text("sync-commit", "off"))) {
            long generating = System.nanoTime();
            Catalogs.Shows shows = Catalogs.prepare(postgres, "search", spec, false);
            summary.put("catalog_generate_s", (System.nanoTime() - generating) / 1e9);
            SearchQueries queries;
            try (Connection db = postgres.connect("search")) {
                queries = SearchQueries.from(db, spec);
            }

            try (SystemUnderTest node = SystemUnderTest.boxoffice("search-node", postgres,
                    "search", 1, "2g", work, List.of())) {
                String url = node.urls().getFirst();
                summary.put("node_start_s", node.processes().getFirst().startTime().toMillis()
                        / 1000.0);
                BuyerClient client = new BuyerClient(SystemUnderTest.API_KEY);
                long held = holdSeats(client, url, shows, spec, holds);
                summary.put("live_holds", held)
                        .put("heap_used_mb", HeapProbe.liveHeapMegabytes(
                                node.processes().getFirst(), url));

                Latencies floor = measure(client, clients, requests,
                        random -> url + "/health", new AtomicLong());
                summary.latencies("health_floor", floor);
                // One round of every kind first, so that no kind carries the node's warm-up.
                for (SearchQueries.Kind kind : SearchQueries.Kind.values()) {
                    Function<Random, String> query = queries.of(kind);
                    measure(client, clients, 1,
                            random -> url + "/api/v1/search/movies?" + query.apply(random),
                            new AtomicLong());
                }
                long failed = 0;
                for (SearchQueries.Kind kind : SearchQueries.Kind.values()) {
                    AtomicLong failures = new AtomicLong();
                    Function<Random, String> query = queries.of(kind);
                    Latencies latencies = measure(client, clients, requests,
                            random -> url + "/api/v1/search/movies?" + query.apply(random),
                            failures);
                    String name = kind.name().toLowerCase(Locale.ROOT);
                    summary.put(name + "_p50_ms", latencies.percentileMillis(50))
                            .put(name + "_p99_ms", latencies.percentileMillis(99));
                    failed += failures.get();
                }
                summary.put("failed", failed);
            }
        }
        summary.print();
    }

    /** Holds 1-4 seats on random shows, from 100 buyers at once; answers how many held. */
    private static long holdSeats(BuyerClient client, String url, Catalogs.Shows shows,
                                  CatalogSpec spec, int holds) throws InterruptedException {
        AtomicLong held = new AtomicLong();
        AtomicLong left = new AtomicLong(holds);
        List<Thread> buyers = new ArrayList<>();
        long[] ids = shows.ids();
        for (int b = 0; b < 100; b++) {
            buyers.add(Thread.ofVirtual().start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (left.getAndDecrement() > 0) {
                    int count = 1 + random.nextInt(4);
                    String row = SeatLayout.rowName(random.nextInt(spec.rowsPerHall()));
                    int first = 1 + random.nextInt(spec.seatsPerRow() - count + 1);
                    List<String> seats = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        seats.add(row + (first + i));
                    }
                    if (client.hold(url, ids[random.nextInt(ids.length)],
                            UUID.randomUUID().toString(), seats).held()) {
                        held.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread buyer : buyers) {
            buyer.join();
        }
        return held.get();
    }

    /** {@code clients} at once, each asking {@code requests} times one after another. */
    private static Latencies measure(BuyerClient client, int clients, int requests,
                                     Function<Random, String> urls, AtomicLong failures)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            threads.add(Thread.ofVirtual().start(() -> {
                for (int r = 0; r < requests; r++) {
                    String url = urls.apply(random);
                    long started = System.nanoTime();
                    int status = client.get(url);
                    latencies.record(System.nanoTime() - started);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return latencies;
    }
}
