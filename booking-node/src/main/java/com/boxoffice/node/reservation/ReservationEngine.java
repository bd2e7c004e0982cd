package com.boxoffice.node.reservation;

import com.boxoffice.model.TicketType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds and frees seats on the shows' seat ledgers. Payments and bookings go through this
 * contract; it is the only way to change who holds a seat.
 */
public interface ReservationEngine {

    /** Tries to hold every asked seat for the session, all or nothing. */
    HoldOutcome hold(HoldRequest request);

    Optional<Reservation> find(String reservationId);

    /** Gives the seats back at once; false when the reservation was not open. */
    boolean release(String reservationId);

    /**
     * Pins a reservation as PAYING so that it cannot lapse while the terminal is asked. A hold
     * that has lapsed is pinned again only if every seat is still free and unheld.
     */
    PinResult pinForPayment(String reservationId);

    /** After a declined or failed payment: RESERVED again, with the time it had left. */
    void unpin(String reservationId);

    /** After the booking is stored: the seats are sold, the reservation CONFIRMED. */
    void confirm(String reservationId, String bookingId);

    /** After a booking is cancelled: its seats are free again, listeners and waiters are told. */
    void freeSoldSeats(long showId, List<String> seats);

    /** What a client asked to hold. */
    record HoldRequest(long showId, String sessionId, List<String> seats,
                       Map<String, TicketType> ticketTypes, String apiKeyId) {
    }
}
