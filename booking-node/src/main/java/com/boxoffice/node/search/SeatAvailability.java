package com.boxoffice.node.search;

import com.boxoffice.model.Availability;
import com.boxoffice.model.Money;
import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatPosition;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.api.SearchSeat;
import com.boxoffice.node.persistence.DatabaseException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * For each show of a page: per kind of seat, the adult price and how full it is, from the
 * hall's layout, the sold seats in {@code booked_seats} and the seats held right now.
 */
final class SeatAvailability {

    private final DataSource dataSource;
    private final HeldSeats heldSeats;
    /** A hall's layout does not change while shows are on sale in it. */
    private final Map<Long, SeatLayout> layouts = new ConcurrentHashMap<>();
    private volatile boolean bookingsTableSeen;

    SeatAvailability(DataSource dataSource, HeldSeats heldSeats) {
        this.dataSource = dataSource;
        this.heldSeats = heldSeats;
    }

    /** The seats of each show, keyed by show id. */
    Map<Long, List<SearchSeat>> of(Map<Long, Long> hallByShow) {
        if (hallByShow.isEmpty()) {
            return Map.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            loadLayouts(connection, hallByShow.values());
            Map<Long, Map<SeatType, Money>> prices = prices(connection, hallByShow.keySet());
            Map<Long, Set<String>> taken = sold(connection, hallByShow.keySet());
            heldSeats.of(hallByShow.keySet()).forEach((show, held) -> taken
                    .computeIfAbsent(show, s -> new HashSet<>()).addAll(held));

            Map<Long, List<SearchSeat>> seats = new HashMap<>();
            hallByShow.forEach((show, hall) -> seats.put(show, seatsOf(layouts.get(hall),
                    prices.getOrDefault(show, Map.of()), taken.getOrDefault(show, Set.of()))));
            return seats;
        } catch (SQLException e) {
            throw new DatabaseException("reading seat availability failed: " + e.getMessage(), e);
        }
    }

    private static List<SearchSeat> seatsOf(SeatLayout layout, Map<SeatType, Money> prices,
                                            Set<String> taken) {
        Map<SeatType, long[]> freeAndTotal = new EnumMap<>(SeatType.class);
        for (SeatPosition seat : layout.seats()) {
            long[] counts = freeAndTotal.computeIfAbsent(seat.type(), t -> new long[2]);
            counts[1]++;
            if (!taken.contains(seat.label())) {
                counts[0]++;
            }
        }
        List<SearchSeat> seats = new ArrayList<>();
        freeAndTotal.forEach((type, counts) -> {
            Money price = prices.get(type);
            if (price != null) {
                seats.add(new SearchSeat(type, price, Availability.of(counts[0], counts[1])));
            }
        });
        return seats;
    }

    private void loadLayouts(Connection connection, Collection<Long> halls) throws SQLException {
        List<Long> missing = halls.stream().distinct().filter(h -> !layouts.containsKey(h))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String sql = "select id, layout_plan from halls where id = any(?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, ids(connection, missing));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    layouts.put(rows.getLong(1), SeatLayout.parse(rows.getString(2)));
                }
            }
        }
    }

    private static Map<Long, Map<SeatType, Money>> prices(Connection connection,
                                                          Collection<Long> shows)
            throws SQLException {
        String sql = """
                select show_id, seat_type, amount_minor, currency
                from show_prices
                where show_id = any(?)
                """;
        Map<Long, Map<SeatType, Money>> prices = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, ids(connection, shows));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    prices.computeIfAbsent(rows.getLong(1), s -> new EnumMap<>(SeatType.class))
                            .put(SeatType.valueOf(rows.getString(2)),
                                    Money.of(rows.getLong(3), rows.getString(4).strip()));
                }
            }
        }
        return prices;
    }

    /** Sold seats; none while the bookings' table does not exist yet. */
    private Map<Long, Set<String>> sold(Connection connection, Collection<Long> shows)
            throws SQLException {
        Map<Long, Set<String>> sold = new HashMap<>();
        if (!bookingsTableExists(connection)) {
            return sold;
        }
        String sql = "select show_id, seat_label from booked_seats where show_id = any(?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, ids(connection, shows));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sold.computeIfAbsent(rows.getLong(1), s -> new HashSet<>())
                            .add(rows.getString(2));
                }
            }
        }
        return sold;
    }

    private boolean bookingsTableExists(Connection connection) throws SQLException {
        if (bookingsTableSeen) {
            return true;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select to_regclass('booked_seats') is not null");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            bookingsTableSeen = rows.getBoolean(1);
            return bookingsTableSeen;
        }
    }

    private static Array ids(Connection connection, Collection<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray());
    }
}
