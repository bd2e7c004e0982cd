package com.boxoffice.node.admin;

import com.boxoffice.model.Money;
import com.boxoffice.model.api.SalesReport;
import com.boxoffice.model.api.ShowSales;
import com.boxoffice.node.persistence.DatabaseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A day's sales per show, read from the bookings tables: the tickets of confirmed bookings that
 * were not cancelled. Holds are not sales, so nothing here asks the cluster. Shows come cinema
 * by cinema, each cinema's in order of their start, so that local times read in order.
 */
public final class SalesReports {

    /**
     * Shows of the day in each cinema's own zone. The window on starts_at (a day and the widest
     * offsets on either side) lets the index on shows.starts_at find them before the exact test.
     */
    private static final String SHOWS_OF_DAY = """
            select s.id, m.title, c.id as cinema_id, c.name as cinema_name, h.name as hall,
                   s.starts_at, c.time_zone, h.seat_count, c.currency,
                   sold.seats, sold.revenue
            from shows s
            join halls h on h.id = s.hall_id
            join cinemas c on c.id = h.cinema_id
            join movies m on m.id = s.movie_id
            left join lateral (
                select count(t.code) as seats, coalesce(sum(t.price_minor), 0) as revenue
                from bookings b
                join tickets t on t.booking_id = b.id
                where b.show_id = s.id
                  and b.status = 'CONFIRMED'
                  and b.cancelled_at is null
            ) sold on true
            where s.starts_at >= ? and s.starts_at < ?
              and (s.starts_at at time zone c.time_zone)::date = ?
              and (?::bigint is null or c.id = ?::bigint)
            order by c.name, c.id, s.starts_at, h.name, s.id
            """;
    private static final int WIDEST_OFFSET_HOURS = 14;

    private final DataSource dataSource;

    public SalesReports(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The day's shows of every cinema, or of one cinema when {@code cinemaId} is not null. */
    public SalesReport day(LocalDate date, Long cinemaId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(SHOWS_OF_DAY)) {
            bind(query, date, cinemaId);
            List<ShowSales> shows = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    shows.add(showSales(rows));
                }
            }
            return new SalesReport(date, shows);
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the sales of " + date + " for cinema "
                    + cinemaId + ": " + e.getMessage(), e);
        }
    }

    /** Whether a cinema with this id exists, so that an unknown one is not an empty day. */
    public boolean cinemaExists(long cinemaId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select 1 from cinemas where id = ?")) {
            query.setLong(1, cinemaId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot look up cinema " + cinemaId + ": "
                    + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement query, LocalDate date, Long cinemaId)
            throws SQLException {
        query.setTimestamp(1, Timestamp.from(date.atStartOfDay(ZoneOffset.UTC)
                .minusHours(WIDEST_OFFSET_HOURS).toInstant()));
        query.setTimestamp(2, Timestamp.from(date.plusDays(1).atStartOfDay(ZoneOffset.UTC)
                .plusHours(WIDEST_OFFSET_HOURS).toInstant()));
        query.setObject(3, date);
        if (cinemaId == null) {
            query.setNull(4, Types.BIGINT);
            query.setNull(5, Types.BIGINT);
        } else {
            query.setLong(4, cinemaId);
            query.setLong(5, cinemaId);
        }
    }

    private static ShowSales showSales(ResultSet row) throws SQLException {
        ZoneId zone = ZoneId.of(row.getString("time_zone"));
        return new ShowSales(row.getLong("id"), row.getString("title"), row.getLong("cinema_id"),
                row.getString("cinema_name"), row.getString("hall"),
                row.getTimestamp("starts_at").toInstant().atZone(zone).toOffsetDateTime(),
                row.getInt("seat_count"), row.getInt("seats"),
                Money.of(row.getLong("revenue"), row.getString("currency").strip()));
    }
}
