package com.boxoffice.node.catalog;

import com.boxoffice.model.HallRef;
import com.boxoffice.model.Money;
import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatPrice;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.api.NewShow;
import com.boxoffice.model.api.ScheduledShow;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Schedules new shows. A show takes its hall from its start until its end (trailers, then the
 * film) and the hall is cleaned for {@link #CLEANING_GAP} after it, so two shows of one hall
 * must lie at least that far apart. The hall's row is locked while the show is checked and
 * written, so that two managers on two members cannot book one hall twice.
 *
 * <p>A new show needs nothing but its rows: every member reads shows it has not seen from
 * PostgreSQL on first use (only shows found are cached), search reads the tables themselves,
 * and a show's seat ledger is built on its first hold.
 */
public final class ShowScheduler {

    /** Trailers run before the film, as in the demo's plan: a show outlasts its film by this. */
    public static final Duration BEFORE_FILM = Duration.ofMinutes(15);
    /** The time between the end of a show and the start of the next one in the same hall. */
    public static final Duration CLEANING_GAP = Duration.ofMinutes(20);
    /** How far ahead a show may be scheduled; further is most likely a mistyped year. */
    static final Duration FURTHEST_AHEAD = Duration.ofDays(366);
    /** The highest price of a seat, in minor units: 100,000.00 of the currency. */
    static final long HIGHEST_PRICE_MINOR = 10_000_000;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String HALL = """
            select h.name, h.layout_plan, c.id as cinema_id, c.name as cinema_name,
                   c.time_zone, c.currency
            from halls h
            join cinemas c on c.id = h.cinema_id
            where h.id = ?
            for update of h
            """;
    /** A show in the hall that overlaps the new one with the cleaning gap on both sides. */
    private static final String OVERLAPPING = """
            select s.id, m.title, s.starts_at, s.ends_at
            from shows s
            join movies m on m.id = s.movie_id
            where s.hall_id = ?
              and ((s.status = 'SCHEDULED' and s.starts_at < ? and s.ends_at > ?)
                   or s.starts_at = ?)
            order by s.starts_at
            limit 1
            """;

    private final Transactions transactions;
    private final Clock clock;

    public ShowScheduler(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Schedules the show, on sale at once; 400, 409 with the reason, and nothing written. */
    public ScheduledShow schedule(NewShow show) {
        ShowRequest request = ShowRequest.of(show, clock.instant());

        return transactions.callJdbc(connection -> {
            Hall hall = lockHall(connection, request.hallId());
            Film film = film(connection, request.movieId());
            Map<SeatType, Money> prices = request.pricesFor(hall.ref().name(), hall.layout(),
                    hall.currency());
            Instant startsAt = request.startsAt();
            Instant endsAt = startsAt.plus(BEFORE_FILM)
                    .plus(Duration.ofMinutes(film.durationMinutes()));
            refuseOverlap(connection, hall, startsAt, endsAt);

            long showId = insert(connection, film, hall, startsAt, endsAt, prices);
            List<SeatPrice> seatPrices = prices.entrySet().stream()
                    .map(price -> new SeatPrice(price.getKey(), price.getValue())).toList();
            return new ScheduledShow(showId, film.id(), film.title(), hall.cinemaId(),
                    hall.cinemaName(), hall.ref(), startsAt.atZone(hall.zone()).toOffsetDateTime(),
                    endsAt.atZone(hall.zone()).toOffsetDateTime(), seatPrices);
        });
    }

    private static Hall lockHall(Connection connection, long hallId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(HALL)) {
            query.setLong(1, hallId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw ApiException.badRequest("hallId", "There is no hall " + hallId + ".");
                }
                return new Hall(new HallRef(hallId, row.getString("name")),
                        SeatLayout.parse(row.getString("layout_plan")), row.getLong("cinema_id"),
                        row.getString("cinema_name"), ZoneId.of(row.getString("time_zone")),
                        row.getString("currency").strip());
            }
        }
    }

    private static Film film(Connection connection, long movieId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select title, duration_minutes from movies where id = ?")) {
            query.setLong(1, movieId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw ApiException.badRequest("movieId", "There is no movie " + movieId
                            + ".");
                }
                return new Film(movieId, row.getString("title"), row.getInt("duration_minutes"));
            }
        }
    }

    private static void refuseOverlap(Connection connection, Hall hall, Instant startsAt,
                                      Instant endsAt) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(OVERLAPPING)) {
            query.setLong(1, hall.ref().id());
            query.setTimestamp(2, Timestamp.from(endsAt.plus(CLEANING_GAP)));
            query.setTimestamp(3, Timestamp.from(startsAt.minus(CLEANING_GAP)));
            query.setTimestamp(4, Timestamp.from(startsAt));
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    throw overlap(hall, row);
                }
            }
        }
    }

    private static ApiException overlap(Hall hall, ResultSet other) throws SQLException {
        String from = LOCAL.format(other.getTimestamp("starts_at").toInstant().atZone(hall.zone()));
        String to = LOCAL.format(other.getTimestamp("ends_at").toInstant().atZone(hall.zone()))
                .substring("yyyy-MM-dd ".length());
        return new ApiException(409, "SHOW_OVERLAPS", hall.ref().name() + " is taken then: show "
                + other.getLong("id") + " (" + other.getString("title") + ") runs from " + from
                + " to " + to + ", and a hall needs " + CLEANING_GAP.toMinutes()
                + " minutes between two shows.", "startsAt");
    }

    private static long insert(Connection connection, Film film, Hall hall, Instant startsAt,
                               Instant endsAt, Map<SeatType, Money> prices) throws SQLException {
        long showId;
        try (PreparedStatement show = connection.prepareStatement("""
                insert into shows (movie_id, hall_id, starts_at, ends_at)
                values (?, ?, ?, ?)
                returning id
                """)) {
            show.setLong(1, film.id());
            show.setLong(2, hall.ref().id());
            show.setTimestamp(3, Timestamp.from(startsAt));
            show.setTimestamp(4, Timestamp.from(endsAt));
            try (ResultSet row = show.executeQuery()) {
                row.next();
                showId = row.getLong(1);
            }
        }
        try (PreparedStatement price = connection.prepareStatement("""
                insert into show_prices (show_id, seat_type, amount_minor, currency)
                values (?, ?, ?, ?)
                """)) {
            for (Map.Entry<SeatType, Money> entry : prices.entrySet()) {
                price.setLong(1, showId);
                price.setString(2, entry.getKey().name());
                price.setLong(3, entry.getValue().amountMinor());
                price.setString(4, entry.getValue().currency());
                price.addBatch();
            }
            price.executeBatch();
        }
        return showId;
    }

    private record Hall(HallRef ref, SeatLayout layout, long cinemaId, String cinemaName,
                        ZoneId zone, String currency) {
    }

    private record Film(long id, String title, int durationMinutes) {
    }

    /** A new show's fields, checked for what needs no database: present, ahead, positive. */
    private record ShowRequest(long movieId, long hallId, Instant startsAt,
                               List<SeatPrice> prices) {

        static ShowRequest of(NewShow show, Instant now) {
            if (show == null) {
                throw ApiException.badRequest("body", "The body must be a show.");
            }
            long movieId = id(show.movieId(), "movieId");
            long hallId = id(show.hallId(), "hallId");
            if (show.startsAt() == null) {
                throw ApiException.badRequest("startsAt", "startsAt is required, as a date and"
                        + " time with its offset such as 2026-12-24T20:00:00+01:00.");
            }
            Instant startsAt = show.startsAt().toInstant();
            if (!startsAt.isAfter(now)) {
                throw ApiException.badRequest("startsAt", "startsAt " + show.startsAt()
                        + " is in the past; a show must start later than now.");
            }
            if (startsAt.isAfter(now.plus(FURTHEST_AHEAD))) {
                throw ApiException.badRequest("startsAt", "startsAt " + show.startsAt()
                        + " is more than a year ahead.");
            }
            if (show.startsAt().getSecond() != 0 || show.startsAt().getNano() != 0) {
                throw ApiException.badRequest("startsAt", "startsAt must be on a whole minute.");
            }
            return new ShowRequest(movieId, hallId, startsAt, checkedPrices(show.prices()));
        }

        private static long id(Long id, String field) {
            if (id == null || id < 1) {
                throw ApiException.badRequest(field, field + " is required, as a positive"
                        + " number.");
            }
            return id;
        }

        private static List<SeatPrice> checkedPrices(List<SeatPrice> prices) {
            if (prices == null || prices.isEmpty()) {
                throw ApiException.badRequest("prices", "prices are required: the adult price"
                        + " of every kind of seat in the hall.");
            }
            for (int i = 0; i < prices.size(); i++) {
                SeatPrice price = prices.get(i);
                String field = "prices." + i;
                if (price == null || price.seatType() == null) {
                    throw ApiException.badRequest(field + ".seatType", "Every price needs its"
                            + " seatType: " + List.of(SeatType.values()) + ".");
                }
                if (price.price() == null || price.price().amountMinor() <= 0
                        || price.price().amountMinor() > HIGHEST_PRICE_MINOR) {
                    throw ApiException.badRequest(field + ".price", "The price of "
                            + price.seatType() + " seats must be above zero and at most "
                            + HIGHEST_PRICE_MINOR + ", in minor units (cents).");
                }
                for (int j = 0; j < i; j++) {
                    if (prices.get(j).seatType() == price.seatType()) {
                        throw ApiException.badRequest(field + ".seatType", price.seatType()
                                + " seats are priced twice.");
                    }
                }
            }
            return List.copyOf(prices);
        }

        /** The prices by kind of seat, one for each kind in the hall and in its currency. */
        Map<SeatType, Money> pricesFor(String hallName, SeatLayout layout, String currency) {
            Map<SeatType, Money> byType = new EnumMap<>(SeatType.class);
            for (int i = 0; i < prices.size(); i++) {
                SeatPrice price = prices.get(i);
                if (layout.count(price.seatType()) == 0) {
                    throw ApiException.badRequest("prices." + i + ".seatType", hallName
                            + " has no " + price.seatType() + " seats.");
                }
                if (!price.price().currency().equals(currency)) {
                    throw ApiException.badRequest("prices." + i + ".price", "Prices in "
                            + hallName + " are in " + currency + ", not "
                            + price.price().currency() + ".");
                }
                byType.put(price.seatType(), price.price());
            }
            for (SeatType type : HallDirectory.seatTypes(layout)) {
                if (!byType.containsKey(type)) {
                    throw ApiException.badRequest("prices", hallName + " has " + type
                            + " seats: give their price too.");
                }
            }
            return byType;
        }
    }
}
