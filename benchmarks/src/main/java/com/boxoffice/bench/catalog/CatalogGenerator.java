package com.boxoffice.bench.catalog;

import com.boxoffice.model.SeatLayout;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Fills the node's catalog tables (schema already migrated) with a synthetic catalog, fast:
 * every table through PostgreSQL's COPY with ids chosen here, then the identity sequences moved
 * past them so that a node's own inserts (the demo catalog) do not collide.
 *
 * <p>Run on its own: {@code java -cp ... com.boxoffice.bench.catalog.CatalogGenerator
 * JDBC_URL USER [cities]} generates the seed's scale (or fewer cities).
 */
public final class CatalogGenerator {

    private static final int FLUSH_BYTES = 1 << 20;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx", Locale.ROOT);
    private static final List<String> ADJECTIVES = List.of("Silent", "Crimson", "Last",
            "Hidden", "Golden", "Broken", "Electric", "Midnight", "Wild", "Frozen", "Lost",
            "Burning", "Quiet", "Distant", "Iron", "Secret", "Little", "Endless", "Hollow",
            "Bright");
    private static final List<String> NOUNS = List.of("Harbor", "Garden", "Empire", "River",
            "Signal", "Orchard", "Voyage", "Kingdom", "Summer", "Machine", "Lighthouse",
            "Mountain", "Station", "Promise", "Shadow", "Circus", "Island", "Letter", "Winter",
            "Comet");
    private static final List<String> GENRES = List.of("Drama", "Comedy", "Animation",
            "Thriller", "Documentary", "Science fiction", "Romance", "Horror");
    private static final List<String> LANGUAGES = List.of("English", "French", "German",
            "Spanish", "Italian", "Japanese");
    private static final List<String> SYLLABLES = List.of("ber", "lin", "mar", "sel", "ton",
            "vik", "dor", "ham", "ska", "ril", "nes", "tra", "gen", "ova", "lum", "pol");

    private final Connection connection;
    private final CatalogSpec spec;
    private final Random random = new Random(20_261_203L);

    private CatalogGenerator(Connection connection, CatalogSpec spec) {
        this.connection = connection;
        this.spec = spec;
    }

    /** Generates the catalog; answers the id of the first show (ids run on consecutively). */
    public static long generate(Connection connection, CatalogSpec spec) throws SQLException {
        return new CatalogGenerator(connection, spec).run();
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 2) {
            System.err.println("usage: CatalogGenerator JDBC_URL USER [cities]");
            System.exit(2);
        }
        CatalogSpec seed = CatalogSpec.seedScale(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        int cities = args.length > 2 ? Integer.parseInt(args[2]) : seed.cities();
        CatalogSpec spec = new CatalogSpec(cities, seed.cinemasPerCity(), seed.hallsPerCinema(),
                seed.rowsPerHall(), seed.seatsPerRow(), seed.showsPerHallPerDay(), seed.days(),
                seed.movies(), seed.firstDay());
        try (Connection connection = DriverManager.getConnection(args[0], args[1], "")) {
            long started = System.nanoTime();
            generate(connection, spec);
            System.out.printf(Locale.ROOT, "generated %d shows in %.1f s%n", spec.shows(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private long run() throws SQLException {
        long firstId = nextFree("shows");
        long cityBase = nextFree("cities");
        long cinemaBase = nextFree("cinemas");
        long hallBase = nextFree("halls");
        long movieBase = nextFree("movies");

        copy("cities (id, name, country)", rows -> cities(rows, cityBase));
        copy("cinemas (id, city_id, name, street, postal_code, latitude, longitude, time_zone,"
                + " currency, tax_rate_bp)", rows -> cinemas(rows, cityBase, cinemaBase));
        copy("halls (id, cinema_id, name, layout_plan, seat_count)",
                rows -> halls(rows, cinemaBase, hallBase));
        copy("movies (id, title, description, duration_minutes, genre, language, release_date,"
                + " country, rating)", rows -> movies(rows, movieBase));
        copy("shows (id, movie_id, hall_id, starts_at, ends_at)",
                rows -> shows(rows, firstId, hallBase, movieBase));
        copy("show_prices (show_id, seat_type, amount_minor, currency)",
                rows -> prices(rows, firstId));

        for (String table : List.of("cities", "cinemas", "halls", "movies", "shows")) {
            execute("select setval(pg_get_serial_sequence('" + table + "', 'id'),"
                    + " (select max(id) from " + table + "))");
        }
        execute("analyze");
        return firstId;
    }

    private long nextFree(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("select coalesce(max(id), 0) + 1000 from "
                     + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void cities(Rows rows, long base) {
        for (int c = 0; c < spec.cities(); c++) {
            rows.row(base + c, cityName(c), "Boxland");
        }
    }

    private String cityName(int index) {
        String name = SYLLABLES.get(index % 16) + SYLLABLES.get(index / 16 % 16)
                + SYLLABLES.get(index / 256 % 16);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + index;
    }

    private void cinemas(Rows rows, long cityBase, long cinemaBase) {
        for (int c = 0; c < spec.cities(); c++) {
            double lat = 36 + random.nextDouble() * 24;
            double lon = -9 + random.nextDouble() * 38;
            for (int k = 0; k < spec.cinemasPerCity(); k++) {
                long id = cinemaBase + (long) c * spec.cinemasPerCity() + k;
                rows.row(id, cityBase + c, "Cinema " + (k + 1) + " " + cityName(c),
                        (k + 1) + " Main Street", String.format(Locale.ROOT, "%05d", c * 10 + k),
                        fmt(lat + random.nextDouble() * 0.1), fmt(lon + random.nextDouble() * 0.1),
                        "Europe/Berlin", "EUR", 1900);
            }
        }
    }

    private static String fmt(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    private void halls(Rows rows, long cinemaBase, long hallBase) {
        String plan = SeatLayout.rectangle(spec.rowsPerHall(), spec.seatsPerRow()).toPlan()
                .replace("\n", "\\n");
        for (long cinema = 0; cinema < spec.cinemas(); cinema++) {
            for (int h = 0; h < spec.hallsPerCinema(); h++) {
                rows.row(hallBase + cinema * spec.hallsPerCinema() + h, cinemaBase + cinema,
                        "Hall " + (h + 1), plan, spec.seatsPerHall());
            }
        }
    }

    private void movies(Rows rows, long base) {
        for (int m = 0; m < spec.movies(); m++) {
            rows.row(base + m, movieTitle(m), "A story of " + NOUNS.get(m % 20).toLowerCase(
                    Locale.ROOT), 90 + m % 60, GENRES.get(m % GENRES.size()),
                    LANGUAGES.get(m % LANGUAGES.size()), LocalDate.of(2026, 1, 1).plusDays(m % 330),
                    "Boxland", "PG-13");
        }
    }

    /** Distinct titles: adjective and noun, and a part number once those run out. */
    public static String movieTitle(int index) {
        String title = "The " + ADJECTIVES.get(index % 20) + " " + NOUNS.get(index / 20 % 20);
        return index < 400 ? title : title + " " + (index / 400 + 1);
    }

    private void shows(Rows rows, long firstId, long hallBase, long movieBase) {
        long id = firstId;
        for (long hall = 0; hall < spec.halls(); hall++) {
            for (int day = 0; day < spec.days(); day++) {
                for (int slot = 0; slot < spec.showsPerHallPerDay(); slot++) {
                    var starts = spec.firstDay().plusDays(day).atTime(14 + 3 * slot, 0)
                            .atOffset(ZoneOffset.UTC);
                    long movie = (hall * 7 + day * 3 + slot) % spec.movies();
                    rows.row(id++, movieBase + movie, hallBase + hall, TIMESTAMP.format(starts),
                            TIMESTAMP.format(starts.plusMinutes(150)));
                }
            }
        }
    }

    private void prices(Rows rows, long firstId) {
        for (long show = 0; show < spec.shows(); show++) {
            rows.row(firstId + show, "REGULAR", 1250 + show % 4 * 100, "EUR");
            rows.row(firstId + show, "PREMIUM", 1850, "EUR");
            rows.row(firstId + show, "ACCESSIBLE", 1250, "EUR");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void copy(String target, RowSource source) throws SQLException {
        CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
        CopyIn copy = copies.copyIn("copy " + target + " from stdin");
        try {
            Rows rows = new Rows(copy);
            source.fill(rows);
            rows.flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private interface RowSource {
        void fill(Rows rows);
    }

    /** COPY's text format, tab-separated, sent a megabyte at a time. */
    private static final class Rows {

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);

        Rows(CopyIn copy) {
            this.copy = copy;
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                buffer.append(values[i]);
            }
            buffer.append('\n');
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed", e);
            }
            buffer.setLength(0);
        }
    }
}
