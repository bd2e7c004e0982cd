package com.boxoffice.bench.baseline;

import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.SeatBlock;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline's seat decisions, each one transaction on one pooled connection: claim seat
 * rows under row locks, book a hold's rows, free them again.
 */
final class SeatRows {

    private final LockMode mode;

    SeatRows(LockMode mode) {
        this.mode = mode;
    }

    sealed interface Claim {
        record Held(long totalMinor, String currency) implements Claim { }
        record Refused(RefusalReason reason, List<SeatBlock> alternatives) implements Claim { }
        record UnknownSeat() implements Claim { }
        record UnknownShow() implements Claim { }
    }

    /** Locks the asked seats' rows; holds them all if every one is free, else none. */
    Claim claim(Connection db, long showId, List<String> seats, String holdId, String session,
                Instant now, Instant expiresAt) throws SQLException {
        Price price = price(db, showId);
        if (price == null) {
            return new Claim.UnknownShow();
        }
        int locked = 0;
        boolean allFree = true;
        try (PreparedStatement select = db.prepareStatement("""
                select status, hold_expires_at from bl_seats
                where show_id = ? and seat_label = any(?)
                order by seat_label
                """ + mode.clause())) {
            select.setLong(1, showId);
            select.setArray(2, labels(db, seats));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    locked++;
                    allFree &= free(rows.getString(1), rows.getTimestamp(2), now);
                }
            }
        }
        if (locked < seats.size() && mode == LockMode.FOR_UPDATE) {
            db.rollback();
            return new Claim.UnknownSeat();
        }
        if (locked < seats.size() || !allFree) {
            db.rollback();
            return refusal(db, showId, seats.size(), now);
        }

        try (PreparedStatement hold = db.prepareStatement("""
                update bl_seats set status = 'HELD', hold_id = ?, hold_expires_at = ?
                where show_id = ? and seat_label = any(?)
                """)) {
            hold.setString(1, holdId);
            hold.setTimestamp(2, Timestamp.from(expiresAt));
            hold.setLong(3, showId);
            hold.setArray(4, labels(db, seats));
            hold.executeUpdate();
        }
        long total = price.minor() * seats.size();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into bl_holds (id, show_id, session_id, seats, status, expires_at,
                                      total_minor)
                values (?, ?, ?, ?, 'RESERVED', ?, ?)
                """)) {
            insert.setString(1, holdId);
            insert.setLong(2, showId);
            insert.setString(3, session);
            insert.setArray(4, labels(db, seats));
            insert.setTimestamp(5, Timestamp.from(expiresAt));
            insert.setLong(6, total);
            insert.executeUpdate();
        }
        db.commit();
        return new Claim.Held(total, price.currency());
    }

    private static boolean free(String status, Timestamp holdExpires, Instant now) {
        return status.equals("FREE")
                || status.equals("HELD") && holdExpires.toInstant().isBefore(now);
    }

    record Price(long minor, String currency) { }

    Price price(Connection db, long showId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select price_minor, currency from bl_shows where id = ?")) {
            select.setLong(1, showId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Price(row.getLong(1), row.getString(2)) : null;
            }
        }
    }

    /** The same outcomes the node gives: taken with alternatives, held by others, full. */
    private Claim refusal(Connection db, long showId, int wanted, Instant now)
            throws SQLException {
        Map<String, List<Integer>> freeByRow = new TreeMap<>();
        int held = 0;
        try (PreparedStatement select = db.prepareStatement("""
                select row_name, seat_number, status, hold_expires_at from bl_seats
                where show_id = ? and status <> 'BOOKED'
                """)) {
            select.setLong(1, showId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (free(rows.getString(3), rows.getTimestamp(4), now)) {
                        freeByRow.computeIfAbsent(rows.getString(1), r -> new ArrayList<>())
                                .add(rows.getInt(2));
                    } else {
                        held++;
                    }
                }
            }
        }
        db.commit();
        int free = freeByRow.values().stream().mapToInt(List::size).sum();
        if (free >= wanted) {
            return new Claim.Refused(RefusalReason.SEATS_TAKEN, blocks(freeByRow, wanted));
        }
        RefusalReason reason = free + held >= wanted
                ? RefusalReason.HELD_BY_OTHERS : RefusalReason.SHOW_FULL;
        return new Claim.Refused(reason, List.of());
    }

    /** Up to three runs of adjacent free seats in one row. */
    private static List<SeatBlock> blocks(Map<String, List<Integer>> freeByRow, int wanted) {
        List<SeatBlock> blocks = new ArrayList<>();
        for (var row : freeByRow.entrySet()) {
            List<Integer> numbers = row.getValue().stream().sorted().toList();
            for (int i = 0; i + wanted <= numbers.size() && blocks.size() < 3; i++) {
                if (numbers.get(i + wanted - 1) - numbers.get(i) == wanted - 1) {
                    List<String> seats = new ArrayList<>();
                    for (int k = 0; k < wanted; k++) {
                        seats.add(row.getKey() + numbers.get(i + k));
                    }
                    blocks.add(new SeatBlock(seats));
                    i += wanted - 1;
                }
            }
        }
        return blocks;
    }

    sealed interface Sale {
        record Booked(String bookingId, long showId, List<String> seats, long totalMinor,
                      String currency) implements Sale { }
        record AlreadyBooked(String bookingId) implements Sale { }
        record Lapsed() implements Sale { }
        record UnknownHold() implements Sale { }
    }

    /** Turns a hold's seat rows into a booking, if they are still the hold's. */
    Sale book(Connection db, String holdId, String bookingId, String idempotencyKey,
              Instant now) throws SQLException {
        HoldRow hold = lockHold(db, holdId);
        if (hold == null) {
            return new Sale.UnknownHold();
        }
        if (hold.status().equals("CONFIRMED")) {
            db.rollback();
            return new Sale.AlreadyBooked(bookingOf(db, holdId));
        }
        int booked;
        try (PreparedStatement update = db.prepareStatement("""
                update bl_seats set status = 'BOOKED', booking_id = ?
                where show_id = ? and seat_label = any(?) and hold_id = ? and status = 'HELD'
                """)) {
            update.setString(1, bookingId);
            update.setLong(2, hold.showId());
            update.setArray(3, labels(db, hold.seats()));
            update.setString(4, holdId);
            booked = update.executeUpdate();
        }
        if (!hold.status().equals("RESERVED") || booked != hold.seats().size()) {
            db.rollback();
            return new Sale.Lapsed();
        }
        try (PreparedStatement insert = db.prepareStatement("""
                insert into bl_bookings (id, hold_id, show_id, idempotency_key, seats,
                                         total_minor)
                values (?, ?, ?, ?, ?, ?)
                """);
             PreparedStatement confirm = db.prepareStatement(
                     "update bl_holds set status = 'CONFIRMED' where id = ?")) {
            insert.setString(1, bookingId);
            insert.setString(2, holdId);
            insert.setLong(3, hold.showId());
            insert.setString(4, idempotencyKey);
            insert.setArray(5, labels(db, hold.seats()));
            insert.setLong(6, hold.totalMinor());
            insert.executeUpdate();
            confirm.setString(1, holdId);
            confirm.executeUpdate();
        }
        db.commit();
        return new Sale.Booked(bookingId, hold.showId(), hold.seats(), hold.totalMinor(),
                hold.currency());
    }

    record HoldRow(long showId, List<String> seats, String status, long totalMinor,
                   String currency) { }

    private HoldRow lockHold(Connection db, String holdId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("""
                select h.show_id, h.seats, h.status, h.total_minor, s.currency
                from bl_holds h join bl_shows s on s.id = h.show_id
                where h.id = ?
                for update of h
                """)) {
            select.setString(1, holdId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    db.rollback();
                    return null;
                }
                List<String> seats = List.of((String[]) row.getArray(2).getArray());
                return new HoldRow(row.getLong(1), seats, row.getString(3), row.getLong(4),
                        row.getString(5));
            }
        }
    }

    private static String bookingOf(Connection db, String holdId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select id from bl_bookings where hold_id = ?")) {
            select.setString(1, holdId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Frees a hold's seats at once; answers false when there was no open hold. */
    boolean release(Connection db, String holdId) throws SQLException {
        HoldRow hold = lockHold(db, holdId);
        if (hold == null || !hold.status().equals("RESERVED")) {
            db.rollback();
            return hold != null;
        }
        try (PreparedStatement free = db.prepareStatement("""
                update bl_seats set status = 'FREE', hold_id = null, hold_expires_at = null
                where show_id = ? and seat_label = any(?) and hold_id = ? and status = 'HELD'
                """);
             PreparedStatement released = db.prepareStatement(
                     "update bl_holds set status = 'RELEASED' where id = ?")) {
            free.setLong(1, hold.showId());
            free.setArray(2, labels(db, hold.seats()));
            free.setString(3, holdId);
            free.executeUpdate();
            released.setString(1, holdId);
            released.executeUpdate();
        }
        db.commit();
        return true;
    }

    private static Array labels(Connection db, List<String> seats) throws SQLException {
        return db.createArrayOf("text", seats.toArray());
    }
}
