package com.boxoffice.node.demo;

import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatType;
import com.boxoffice.node.demo.DemoData.DemoCinema;
import com.boxoffice.node.demo.DemoData.DemoCity;
import com.boxoffice.node.demo.DemoData.DemoMovie;
import com.boxoffice.node.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo chain into the catalog: cities, cinemas, halls, movies and a week of shows
 * from today in each cinema's zone. Every row has a natural key, so loading again adds only
 * the days that came into the week since.
 */
public final class DemoCatalog {

    static final int DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final Transactions transactions;
    private final Clock clock;

    public DemoCatalog(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the catalog holds after loading. */
    public record Counts(long cities, long cinemas, long halls, long movies, long shows) {
    }

    public Counts load() {
        Counts counts = transactions.callJdbc(connection -> {
            List<Long> movieIds = insertMovies(connection);
            for (DemoCity city : DemoData.CITIES) {
                long cityId = insertCity(connection, city);
                for (int i = 0; i < city.cinemas().size(); i++) {
                    insertCinema(connection, cityId, city, i, movieIds);
                }
            }
            return count(connection);
        });
        log.info("Demo catalog loaded: {} cities, {} cinemas, {} halls, {} movies, {} shows",
                counts.cities(), counts.cinemas(), counts.halls(), counts.movies(),
                counts.shows());
        return counts;
    }

    private static List<Long> insertMovies(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (DemoMovie movie : DemoData.MOVIES) {
            ids.add(upsert(connection, """
                    insert into movies (title, description, duration_minutes, genre, language,
                                        release_date, country, rating)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (title, release_date) do update set title = excluded.title
                    returning id
                    """, movie.title(), movie.description(), movie.durationMinutes(),
                    movie.genre(), movie.language(), movie.releaseDate(), movie.country(),
                    movie.rating()));
        }
        return ids;
    }

    private static long insertCity(Connection connection, DemoCity city) throws SQLException {
        return upsert(connection, """
                insert into cities (name, country) values (?, ?)
                on conflict (name, country) do update set name = excluded.name
                returning id
                """, city.name(), city.country());
    }

    private void insertCinema(Connection connection, long cityId, DemoCity city, int index,
                              List<Long> movieIds) throws SQLException {
        DemoCinema cinema = city.cinemas().get(index);
        long cinemaId = upsert(connection, """
                insert into cinemas (city_id, name, street, postal_code, latitude, longitude,
                                     time_zone, currency, tax_rate_bp)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (city_id, name) do update set name = excluded.name
                returning id
                """, cityId, cinema.name(), cinema.street(), cinema.postalCode(),
                cinema.latitude(), cinema.longitude(), city.timeZone(), city.currency(),
                city.taxBasisPoints());
        insertTicketTypes(connection, cinemaId, cinema.childDiscount());

        ZoneId zone = ZoneId.of(city.timeZone());
        for (HallPlan plan : cinema.halls()) {
            SeatLayout layout = plan.layout();
            long hallId = upsert(connection, """
                    insert into halls (cinema_id, name, layout_plan, seat_count)
                    values (?, ?, ?, ?)
                    on conflict (cinema_id, name) do update set name = excluded.name
                    returning id
                    """, cinemaId, plan.name(city.hallWord()), layout.toPlan(), layout.size());
            ShowPlanner planner = new ShowPlanner(index, plan, movieIds);
            insertShows(connection, hallId, zone, planner, prices(plan, layout, city));
        }
    }

    private static void insertTicketTypes(Connection connection, long cinemaId, int childDiscount)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into ticket_types (cinema_id, code, discount_percent) values (?, ?, ?)
                on conflict (cinema_id, code) do nothing
                """)) {
            addBatch(insert, cinemaId, "ADULT", 0);
            addBatch(insert, cinemaId, "CHILD", childDiscount);
            addBatch(insert, cinemaId, "CONCESSION", 20);
            insert.executeBatch();
        }
    }

    private void insertShows(Connection connection, long hallId, ZoneId zone,
                             ShowPlanner planner, List<Price> prices) throws SQLException {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        try (PreparedStatement show = connection.prepareStatement("""
                insert into shows (movie_id, hall_id, starts_at, ends_at) values (?, ?, ?, ?)
                on conflict (hall_id, starts_at) do nothing
                """);
             PreparedStatement price = connection.prepareStatement("""
                insert into show_prices (show_id, seat_type, amount_minor, currency)
                select id, ?, ?, ? from shows where hall_id = ? and starts_at = ?
                on conflict (show_id, seat_type) do nothing
                """)) {
            for (int day = 0; day < DAYS; day++) {
                for (ShowPlanner.Slot slot : planner.day(today.plusDays(day))) {
                    Timestamp startsAt = timestamp(slot.startsAt().atZone(zone));
                    Timestamp endsAt = timestamp(slot.endsAt().atZone(zone));
                    addBatch(show, slot.movieId(), hallId, startsAt, endsAt);
                    long surcharge = eveningSurcharge(slot.startsAt().toLocalTime());
                    for (Price p : prices) {
                        addBatch(price, p.type().name(), p.amountMinor() + surcharge,
                                p.currency(), hallId, startsAt);
                    }
                }
            }
            show.executeBatch();
            price.executeBatch();
        }
    }

    private static long eveningSurcharge(LocalTime startsAt) {
        return startsAt.isBefore(LocalTime.of(18, 0)) ? 0 : 200;
    }

    private record Price(SeatType type, long amountMinor, String currency) {
    }

    /** Regular seats at the hall's base price, premium 3.00 more, wheelchair spaces as regular. */
    private static List<Price> prices(HallPlan plan, SeatLayout layout, DemoCity city) {
        long regular = switch (city.currency()) {
            case "GBP" -> plan.baseMinor() - 150;
            case "USD" -> plan.baseMinor() + 250;
            default -> plan.baseMinor();
        };
        List<Price> prices = new ArrayList<>();
        for (SeatType type : SeatType.values()) {
            if (layout.count(type) > 0) {
                long amount = type == SeatType.PREMIUM ? regular + 300 : regular;
                prices.add(new Price(type, amount, city.currency()));
            }
        }
        return prices;
    }

    private static Timestamp timestamp(ZonedDateTime time) {
        return Timestamp.from(time.toInstant());
    }

    private static Counts count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select (select count(*) from cities), (select count(*) from cinemas),
                       (select count(*) from halls), (select count(*) from movies),
                       (select count(*) from shows)
                """);
             ResultSet row = query.executeQuery()) {
            row.next();
            return new Counts(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                    row.getLong(5));
        }
    }

    private static long upsert(Connection connection, String sql, Object... values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void addBatch(PreparedStatement statement, Object... values)
            throws SQLException {
        bind(statement, values);
        statement.addBatch();
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
