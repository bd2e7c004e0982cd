package com.boxoffice.node.booking;

import com.boxoffice.model.BookingStatus;
import com.boxoffice.model.Money;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Stores bookings, their tickets and their seats' claims in PostgreSQL. The claims' primary key
 * (show, seat) is what finally keeps a seat from being sold twice.
 */
public final class Bookings {

    /** The constraints whose violation means: these seats (or this reservation) are sold. */
    private static final List<String> SOLD_CONSTRAINTS =
            List.of("booked_seats_one_booking_per_seat", "bookings_one_per_reservation");

    private static final String UNIQUE_VIOLATION = "23505";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionFactory sessions;

    public Bookings(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * Inserts a confirmed booking and claims its seats in the caller's transaction. A seat that
     * is already claimed fails it; see {@link #isSoldConflict(RuntimeException)}.
     */
    public Booking insert(Session session, NewBooking order, Instant now) {
        return session.doReturningWork(connection -> insert(connection, order, now));
    }

    /**
     * Inserts a confirmed booking, its tickets and its seats' claims with one statement, on a
     * connection whose transaction the caller owns. A seat that is already claimed fails the
     * statement as a whole, with {@code booked_seats_one_booking_per_seat}.
     */
    public Booking insert(Connection connection, NewBooking order, Instant now)
            throws SQLException {
        String bookingId = UUID.randomUUID().toString();
        List<Ticket> tickets = order.seats().stream()
                .map(s -> new Ticket(ticketCode(), order.showId(), s.seat(), s.ticketType(),
                        s.price()))
                .toList();
        Booking booking = new Booking(bookingId, order.reservationId(), order.showId(),
                order.sessionId(), order.total(), order.paymentKey(), order.cardLast4(), tickets,
                now);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            insert.setString(1, bookingId);
            insert.setString(2, order.reservationId());
            insert.setLong(3, order.showId());
            insert.setString(4, order.sessionId());
            insert.setString(5, BookingStatus.CONFIRMED.name());
            insert.setLong(6, order.total().amountMinor());
            insert.setString(7, order.total().currency());
            insert.setString(8, order.paymentKey());
            insert.setString(9, order.cardLast4());
            insert.setObject(10, at);
            insert.setArray(11, texts(connection, tickets, Ticket::code));
            insert.setArray(12, texts(connection, tickets, Ticket::seat));
            insert.setArray(13, texts(connection, tickets, t -> t.ticketType().name()));
            insert.setArray(14, connection.createArrayOf("bigint",
                    tickets.stream().map(t -> t.price().amountMinor()).toArray()));
            insert.setArray(15, texts(connection, tickets, t -> t.price().currency()));
            insert.setObject(16, at);
            insert.executeUpdate();
        }
        return booking;
    }

    /** The booking, then its tickets and claims, which name it: one round trip to the server. */
    private static final String INSERT = """
            with booking as (
                insert into bookings (id, reservation_id, show_id, session_id, status,
                                      total_minor, currency, payment_key, card_last4,
                                      created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                returning id, show_id
            ), seat as (
                select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[],
                                     ?::varchar[]) as t(code, seat, type, price, currency)
            ), issued as (
                insert into tickets (code, booking_id, show_id, seat_label, ticket_type,
                                     price_minor, currency)
                select seat.code, booking.id, booking.show_id, seat.seat, seat.type,
                       seat.price, seat.currency
                from booking, seat
            )
            insert into booked_seats (show_id, seat_label, booking_id, booked_at)
            select booking.show_id, seat.seat, booking.id, ?
            from booking, seat
            """;

    private static Array texts(Connection connection, List<Ticket> tickets,
                               Function<Ticket, String> field) throws SQLException {
        return connection.createArrayOf("varchar", tickets.stream().map(field).toArray());
    }

    /**
     * Whether a failed insert means that a seat or the reservation is already sold: one of
     * their unique constraints was violated, as Hibernate or the driver reports it.
     */
    public static boolean isSoldConflict(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                String name = violation.getConstraintName();
                String text = String.valueOf(violation.getMessage());
                return SOLD_CONSTRAINTS.stream()
                        .anyMatch(c -> c.equalsIgnoreCase(name) || text.contains(c));
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String text = String.valueOf(sql.getMessage());
                return SOLD_CONSTRAINTS.stream().anyMatch(text::contains);
            }
        }
        return false;
    }

    public Optional<Booking> find(String bookingId) {
        return sessions.fromTransaction(session ->
                Optional.ofNullable(session.find(Booking.class, bookingId)));
    }

    /** The id of the reservation's booking, if it has one, in the caller's transaction. */
    public Optional<String> idByReservation(Session session, String reservationId) {
        return session.createSelectionQuery(
                        "select id from Booking where reservationId = :reservation", String.class)
                .setParameter("reservation", reservationId)
                .getResultStream()
                .findFirst();
    }

    /** Locks a booking for a change, in the caller's transaction. */
    Optional<Booking> lock(Session session, String bookingId) {
        return Optional.ofNullable(
                session.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Deletes a cancelled booking's claims: its seats may be sold again at once. */
    void releaseSeats(Session session, String bookingId) {
        session.createNativeMutationQuery("delete from booked_seats where booking_id = :booking")
                .setParameter("booking", bookingId)
                .executeUpdate();
    }

    /** The seats of a show that are sold, as {@code booked_seats} says. */
    public List<String> soldSeats(long showId) {
        return sessions.fromTransaction(session -> session.createNativeQuery("""
                        select seat_label from booked_seats
                        where show_id = :show
                        order by seat_label
                        """, String.class)
                .setParameter("show", showId)
                .getResultList());
    }

    /** 128 random bits: a ticket's code cannot be guessed from another's. */
    private static String ticketCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What a paid reservation becomes. */
    public record NewBooking(String reservationId, long showId, String sessionId, Money total,
                             String paymentKey, String cardLast4, List<SeatTicket> seats) {

        public NewBooking {
            if (seats.isEmpty()) {
                throw new IllegalArgumentException("a booking needs at least one seat");
            }
            seats = List.copyOf(seats);
        }
    }
}
