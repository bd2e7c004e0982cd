package com.boxoffice.node.search;

import com.boxoffice.model.SeatLayout;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes catalog rows straight into PostgreSQL, so that each search test sets up exactly the
 * cities, cinemas, movies and shows it reasons about.
 */
public final class SearchCatalog {

    private final DataSource dataSource;

    public SearchCatalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long city(String name) {
        return insert("insert into cities (name, country) values (?, 'FR') returning id", name);
    }

    public long cinema(long cityId, String name, String postalCode, double latitude, double longitude,
                String timeZone) {
        return insert("""
                insert into cinemas (city_id, name, street, postal_code, latitude, longitude,
                                     time_zone, currency, tax_rate_bp)
                values (?, ?, '1 Rue du Cinéma', ?, ?, ?, ?, 'EUR', 2000)
                returning id
                """, cityId, name, postalCode, latitude, longitude, timeZone);
    }

    public long hall(long cinemaId, String plan) {
        SeatLayout layout = SeatLayout.parse(plan);
        return insert("""
                insert into halls (cinema_id, name, layout_plan, seat_count)
                values (?, ?, ?, ?) returning id
                """, cinemaId, "Hall " + UUID.randomUUID(), layout.toPlan(), layout.size());
    }

    public long movie(String title, String genre, String language) {
        return insert("""
                insert into movies (title, description, duration_minutes, genre, language,
                                    release_date, country, rating)
                values (?, ?, 120, ?, ?, ?, 'FR', '12')
                returning id
                """, title, "About " + title, genre, language, LocalDate.of(2001, 4, 25));
    }

    /** A show with a regular price of 12.50 and a premium price of 16.00 EUR. */
    public long show(long movieId, long hallId, Instant startsAt) {
        long show = insert("""
                insert into shows (movie_id, hall_id, starts_at, ends_at)
                values (?, ?, ?, ?) returning id
                """, movieId, hallId, Timestamp.from(startsAt),
                Timestamp.from(startsAt.plusSeconds(7200)));
        update("""
                insert into show_prices (show_id, seat_type, amount_minor, currency)
                values (?, 'REGULAR', 1250, 'EUR'), (?, 'PREMIUM', 1600, 'EUR')
                """, show, show);
        return show;
    }

    /** Sells the seats as one booking, as a payment would. */
    void sell(long showId, String... seats) {
        String booking = "booking-" + UUID.randomUUID();
        update("""
                insert into payment_intents (idempotency_key, reservation_id, state, card_last4,
                                             lease_until, created_at, updated_at)
                values (?, ?, 'CAPTURED', '4242', now(), now(), now())
                """, booking, booking);
        update("""
                insert into bookings (id, reservation_id, show_id, status, total_minor, currency,
                                      payment_key, card_last4, created_at)
                values (?, ?, ?, 'CONFIRMED', 0, 'EUR', ?, '4242', now())
                """, booking, booking, showId, booking);
        for (String seat : seats) {
            update("""
                    insert into booked_seats (show_id, seat_label, booking_id, booked_at)
                    values (?, ?, ?, now())
                    """, showId, seat, booking);
        }
    }

    void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql,
                                             Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
