package com.boxoffice.node.reservation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The sold seats of a show as the bookings' seat claims ({@code booked_seats}) say; read only
 * when a show's ledger is built.
 */
public final class BookedSeats implements SoldSeats {

    private static final String SOLD = """
            select seat_label
            from booked_seats
            where show_id = ?
            """;

    private final DataSource database;

    public BookedSeats(DataSource database) {
        this.database = database;
    }

    @Override
    public Set<String> of(long showId) {
        Set<String> seats = new HashSet<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(SOLD)) {
            query.setLong(1, showId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    seats.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the sold seats of show " + showId, e);
        }
        return seats;
    }
}
