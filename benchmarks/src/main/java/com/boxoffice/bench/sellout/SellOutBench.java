package com.boxoffice.bench.sellout;

import com.boxoffice.bench.BenchArgs;
import com.boxoffice.bench.BenchPostgres;
import com.boxoffice.bench.Catalogs;
import com.boxoffice.bench.Ledger;
import com.boxoffice.bench.Summary;
import com.boxoffice.bench.SystemUnderTest;
import com.boxoffice.bench.baseline.LockMode;
import com.boxoffice.bench.catalog.CatalogSpec;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The sell-out of one hot show: many buyers race for one hall until it is full, against
 * Boxoffice (one member) and the row-lock baselines. Ends with the {@code bench=sellout} line.
 *
 * <p>Overrides: {@code --buyers=N --rows=N --seats-per-row=N --systems=...}.
 */
public final class SellOutBench {

    private SellOutBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = BenchArgs.parse(args);
        int buyers = options.number("buyers", 300, 10_000);
        int rows = options.number("rows", 5, 25);
        int seatsPerRow = options.number("seats-per-row", 20, 40);
        CatalogSpec spec = new CatalogSpec(1, 1, 1, rows, seatsPerRow, 1, 1, 1,
                LocalDate.now(ZoneOffset.UTC).plusDays(1));
        List<String> systems = List.of(options.text("systems",
                "boxoffice,for_update,skip_locked").split(","));
        Path work = Path.of(System.getProperty("bench.work", "target/bench-work"));

        Summary summary = new Summary("sellout").put("buyers", buyers)
                .put("hall", spec.seatsPerHall());
        long doubleSold = 0;
        try (BenchPostgres postgres = BenchPostgres.start(work,
                options.text("sync-commit", "off"))) {
            for (String system : systems) {
                String database = "sellout_" + system;
                boolean baseline = !system.startsWith("boxoffice");
                long show = Catalogs.prepare(postgres, database, spec, baseline).first();
                SellOutRace.Result result;
                SystemUnderTest.Kind kind;
                try (SystemUnderTest sut = start(system, postgres, database, work)) {
                    kind = sut.kind();
                    result = new SellOutRace(sut.urls(), show, buyers, rows, seatsPerRow,
                            SystemUnderTest.API_KEY).run();
                }
                try (Connection db = postgres.connect(database)) {
                    long twice = Math.max(result.doubleSoldSeen(), Ledger.doubleSold(db, kind));
                    long sold = Ledger.seatsSold(db, kind, show);
                    doubleSold += twice;
                    System.out.printf(Locale.ROOT, "system=%s sold=%d answered=%d booked=%d"
                                    + " full=%d unanswered=%d sellout_ms=%d%n", system, sold,
                            result.answered(), result.booked(), result.toldFull(),
                            result.unanswered(), result.selloutMillis());
                    summary.put(system + "_sellout_ms", result.selloutMillis())
                            .put(system + "_sold", sold)
                            .put(system + "_answered", result.answered())
                            .latencies(system + "_hold", result.holdLatency());
                }
            }
        }
        summary.put("double_sold", doubleSold).print();
    }

    private static SystemUnderTest start(String system, BenchPostgres postgres, String database,
                                         Path work) {
        return switch (system) {
            case "boxoffice" -> SystemUnderTest.boxoffice(system, postgres, database, 1, "1g",
                    work, List.of());
            case "for_update" -> SystemUnderTest.baseline(system, postgres, database,
                    LockMode.FOR_UPDATE, work);
            case "skip_locked" -> SystemUnderTest.baseline(system, postgres, database,
                    LockMode.SKIP_LOCKED, work);
            default -> throw new IllegalArgumentException("unknown system " + system);
        };
    }
}
