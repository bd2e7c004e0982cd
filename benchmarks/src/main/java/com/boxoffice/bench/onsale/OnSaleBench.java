package com.boxoffice.bench.onsale;

import com.boxoffice.bench.BenchArgs;
import com.boxoffice.bench.BenchPostgres;
import com.boxoffice.bench.BuyerClient;
import com.boxoffice.bench.Catalogs;
import com.boxoffice.bench.Ledger;
import com.boxoffice.bench.Limits;
import com.boxoffice.bench.Summary;
import com.boxoffice.bench.SystemUnderTest;
import com.boxoffice.bench.baseline.LockMode;
import com.boxoffice.bench.catalog.CatalogSpec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The on-sale rush: the same buyers against Boxoffice (one member, then three in separate
 * processes) and against two baselines that decide holds with row locks in PostgreSQL
 * ({@code FOR UPDATE}, {@code FOR UPDATE SKIP LOCKED}). Ends with the {@code bench=onsale} line.
 *
 * <p>Overrides: {@code --buyers=N --seconds=N --warmup=N --shows=N --pay=PERCENT --lone=N
 * --systems=boxoffice,boxoffice3,for_update,skip_locked --sync-commit=off|on}.
 */
public final class OnSaleBench {

    private static final int ROWS = 20;
    private static final int SEATS_PER_ROW = 25;
    /** Past this share of the crowd's seats sold, buyers meet full shows and holds slow. */
    private static final double SOLD_OUT_WARNING = 50;

    private OnSaleBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = BenchArgs.parse(args);
        OnSaleRun.Workload workload = new OnSaleRun.Workload(
                options.number("buyers", 50, 2000), options.number("seconds", 2, 20), ROWS,
                SEATS_PER_ROW, options.number("pay", 70, 70));
        OnSaleRun.Workload warmup = new OnSaleRun.Workload(workload.buyers(),
                options.number("warmup", 1, 20), ROWS, SEATS_PER_ROW, workload.payPercent());
        int halls = options.number("shows", 10, 400) / 10;
        CatalogSpec spec = new CatalogSpec(1, Math.max(1, halls / 2), 2, ROWS, SEATS_PER_ROW, 2,
                5, 20, LocalDate.now(ZoneOffset.UTC).plusDays(1));
        int loneCycles = options.number("lone", 40, 120);
        List<String> systems = List.of(options.text("systems",
                "boxoffice,boxoffice3,for_update,skip_locked").split(","));
        Path work = Path.of(System.getProperty("bench.work", "target/bench-work"));

        Summary summary = new Summary("onsale")
                .put("buyers", workload.buyers()).put("seconds", workload.seconds())
                .put("shows", spec.shows()).put("seats_per_show", spec.seatsPerHall());
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, OnSaleRun.Result> results = new LinkedHashMap<>();
        long doubleSold = 0;
        long lost = 0;
        try (BenchPostgres postgres = BenchPostgres.start(work,
                options.text("sync-commit", "off"))) {
            Limits limits = Limits.measure(postgres, options.shortRun());
            for (String system : systems) {
                Outcome outcome = runOne(system, postgres, spec, workload, warmup,
                        loneCycles, work);
                outcomes.put(system, outcome);
                results.put(system, outcome.result());
                doubleSold += outcome.doubleSold();
                lost += outcome.lost();
            }
            limits.addTo(summary);
        }

        outcomes.forEach((system, outcome) -> summary
                .put(system + "_holds_per_s", outcome.result().holdsPerSecond())
                .put(system + "_bookings_per_s", outcome.result().bookingsPerSecond())
                .latencies(system + "_hold", outcome.result().holdLatency())
                .put(system + "_failed", outcome.result().failed() + outcome.alone().failed())
                .put(system + "_sold_pct", outcome.soldPercent())
                .put(system + "_alone_hold_ms", outcome.alone().holdMs())
                .put(system + "_alone_pay_ms", outcome.alone().payMs())
                .put(system + "_alone_release_ms", outcome.alone().releaseMs()));
        ratio(summary, results, "boxoffice", "for_update", "ratio_for_update");
        ratio(summary, results, "boxoffice", "skip_locked", "ratio_skip_locked");
        ratio(summary, results, "boxoffice3", "for_update", "ratio3_for_update");
        summary.put("double_sold", doubleSold).put("lost_bookings", lost).print();
    }

    private static void ratio(Summary summary, Map<String, OnSaleRun.Result> results,
                              String ours, String theirs, String key) {
        if (results.containsKey(ours) && results.containsKey(theirs)) {
            summary.put(key, results.get(ours).holdsPerSecond()
                    / Math.max(0.001, results.get(theirs).holdsPerSecond()));
        }
    }

    private record Outcome(OnSaleRun.Result result, LoneBuyer.Costs alone, double soldPercent,
                           long doubleSold, long lost) { }

    private static Outcome runOne(String system, BenchPostgres postgres, CatalogSpec spec,
                                  OnSaleRun.Workload workload, OnSaleRun.Workload warmup,
                                  int loneCycles, Path work) throws InterruptedException, SQLException {
        String database = "onsale_" + system;
        boolean baseline = !system.startsWith("boxoffice");
        Catalogs.Shows shows = Catalogs.prepare(postgres, database, spec, baseline);
        List<String> told = new ArrayList<>();
        OnSaleRun.Result warm;
        OnSaleRun.Result result;
        long seenTwice;
        SystemUnderTest.Kind kind;
        // The last show is the lone buyer's; the crowd buys on the others.
        long[] all = shows.ids();
        long[] crowd = Arrays.copyOf(all, all.length - 1);
        LoneBuyer.Costs alone;
        try (SystemUnderTest sut = start(system, postgres, database, work)) {
            kind = sut.kind();
            warm = new OnSaleRun(system, sut.urls(), crowd, warmup,
                    SystemUnderTest.API_KEY).run();
            alone = new LoneBuyer(new BuyerClient(SystemUnderTest.API_KEY), sut.urls().getFirst(),
                    all, spec.rowsPerHall(), spec.seatsPerRow()).measure(loneCycles);
            result = new OnSaleRun(system, sut.urls(), crowd, workload,
                    SystemUnderTest.API_KEY).run();
            told.addAll(warm.bookingIds());
            told.addAll(result.bookingIds());
            seenTwice = warm.doubleSoldSeen() + result.doubleSoldSeen();
        }
        try (Connection db = postgres.connect(database)) {
            long doubleSold = Math.max(seenTwice, Ledger.doubleSold(db, kind));
            long lost = Ledger.lost(db, kind, told);
            System.out.printf(Locale.ROOT, "system=%s holds=%d attempts=%d bookings=%d"
                            + " released=%d refused=%d failed=%d double_sold=%d lost=%d%n",
                    system, result.holds(), result.holdAttempts(), result.bookings(),
                    result.released(), result.refused(), result.failed(), doubleSold, lost);
            double soldPercent = 100.0 * (warm.seatsSold() + result.seatsSold())
                    / ((double) crowd.length * spec.seatsPerHall());
            if (soldPercent > SOLD_OUT_WARNING) {
                System.out.printf(Locale.ROOT, "WARNING: %s sold %.0f%% of the seats; buyers met"
                        + " full shows, so its holds per second understate it: use more"
                        + " --shows%n", system, soldPercent);
            }
            return new Outcome(result, alone, soldPercent, doubleSold, lost);
        }
    }

    private static SystemUnderTest start(String system, BenchPostgres postgres, String database,
                                         Path work) {
        return switch (system) {
            case "boxoffice" -> SystemUnderTest.boxoffice(system, postgres, database, 1, "1g",
                    work, List.of());
            case "boxoffice3" -> SystemUnderTest.boxoffice(system, postgres, database, 3, "768m",
                    work, List.of());
            case "for_update" -> SystemUnderTest.baseline(system, postgres, database,
                    LockMode.FOR_UPDATE, work);
            case "skip_locked" -> SystemUnderTest.baseline(system, postgres, database,
                    LockMode.SKIP_LOCKED, work);
            default -> throw new IllegalArgumentException("unknown system " + system
                    + "; use boxoffice, boxoffice3, for_update or skip_locked");
        };
    }
}
