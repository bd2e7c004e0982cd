package com.boxoffice.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * What the database says was sold, read after the system under test has stopped: seats sold
 * twice, and bookings a buyer was told of that the database does not have.
 */
public final class Ledger {

    private Ledger() {
    }

    /** Seats of a show held by more than one confirmed booking. */
    public static long doubleSold(Connection db, SystemUnderTest.Kind kind) throws SQLException {
        String sql = kind == SystemUnderTest.Kind.BOXOFFICE ? """
                select count(*) from (
                    select t.show_id, t.seat_label from tickets t
                    join bookings b on b.id = t.booking_id
                    where b.status = 'CONFIRMED'
                    group by t.show_id, t.seat_label having count(*) > 1) twice
                """ : """
                select count(*) from (
                    select show_id, seat from bl_bookings, unnest(seats) seat
                    group by show_id, seat having count(*) > 1) twice
                """;
        return single(db, sql);
    }

    /** Confirmed seats of the given shows. */
    public static long seatsSold(Connection db, SystemUnderTest.Kind kind, long showId)
            throws SQLException {
        String sql = kind == SystemUnderTest.Kind.BOXOFFICE ? """
                select count(*) from tickets t join bookings b on b.id = t.booking_id
                where b.status = 'CONFIRMED' and t.show_id = %d
                """.formatted(showId) : """
                select count(*) from bl_bookings, unnest(seats)
                where show_id = %d
                """.formatted(showId);
        return single(db, sql);
    }

    /** How many of the bookings buyers were told of are missing from the database. */
    public static long lost(Connection db, SystemUnderTest.Kind kind, Collection<String> told)
            throws SQLException {
        String table = kind == SystemUnderTest.Kind.BOXOFFICE ? "bookings" : "bl_bookings";
        String status = kind == SystemUnderTest.Kind.BOXOFFICE ? " and status = 'CONFIRMED'" : "";
        try (PreparedStatement select = db.prepareStatement("select count(*) from " + table
                + " where id = any(?)" + status)) {
            select.setArray(1, db.createArrayOf("text", told.toArray()));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return told.size() - row.getLong(1);
            }
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
