package com.boxoffice.node.booking;

import com.boxoffice.model.Money;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionFactory sessions;

    public Bookings(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * Inserts a confirmed booking and claims its seats in the caller's transaction. A seat that
     * is already claimed makes the flush fail; see {@link #isSoldConflict(RuntimeException)}.
     */
    public Booking insert(Session session, NewBooking order, Instant now) {
        String bookingId = UUID.randomUUID().toString();
        List<Ticket> tickets = order.seats().stream()
                .map(s -> new Ticket(ticketCode(), order.showId(), s.seat(), s.ticketType(),
                        s.price()))
                .toList();
        Booking booking = new Booking(bookingId, order.reservationId(), order.showId(),
                order.sessionId(), order.total(), order.paymentKey(), order.cardLast4(), tickets,
                now);
        session.persist(booking);
        session.flush();

        // One statement claims every seat: a seat already claimed fails it as a whole.
        StringBuilder claims = new StringBuilder(
                "insert into booked_seats (show_id, seat_label, booking_id, booked_at) values ");
        for (int i = 0; i < order.seats().size(); i++) {
            claims.append(i == 0 ? "" : ", ").append("(:show, :seat").append(i)
                    .append(", :booking, :now)");
        }
        var claim = session.createNativeMutationQuery(claims.toString())
                .setParameter("show", order.showId())
                .setParameter("booking", bookingId)
                .setParameter("now", now);
        for (int i = 0; i < order.seats().size(); i++) {
            claim.setParameter("seat" + i, order.seats().get(i).seat());
        }
        claim.executeUpdate();
        return booking;
    }

    /** Whether a failed insert means that a seat or the reservation is already sold. */
    public static boolean isSoldConflict(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                String name = violation.getConstraintName();
                String text = String.valueOf(violation.getMessage());
                return SOLD_CONSTRAINTS.stream()
                        .anyMatch(c -> c.equalsIgnoreCase(name) || text.contains(c));
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
