package com.boxoffice.bench.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the baseline's tables and fills its seat rows from the node's catalog tables in the
 * same database, so that the baseline sells exactly the shows and seats the node would.
 */
public final class BaselineSchema {

    private BaselineSchema() {
    }

    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(script());
        }
    }

    /** One row per seat of the given shows, taken from rectangular halls of the catalog. */
    public static void fillSeats(Connection connection, long firstShow, long lastShow,
                                 int rows, int seatsPerRow) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into bl_shows (id, price_minor, currency)
                    select show_id, amount_minor, currency from show_prices
                    where seat_type = 'REGULAR' and show_id between %d and %d
                    """.formatted(firstShow, lastShow));
            statement.execute("""
                    insert into bl_seats (show_id, seat_label, row_name, seat_number)
                    select s.id, r.name || n.n, r.name, n.n
                    from bl_shows s,
                         (select chr(64 + i) as name from generate_series(1, %d) i) r,
                         generate_series(1, %d) n(n)
                    """.formatted(rows, seatsPerRow));
            statement.execute("analyze");
        }
    }

    private static String script() {
        try (InputStream in = BaselineSchema.class.getResourceAsStream("/baseline/schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline schema", e);
        }
    }
}
