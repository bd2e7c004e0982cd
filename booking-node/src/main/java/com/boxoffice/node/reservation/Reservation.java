package com.boxoffice.node.reservation;

import com.boxoffice.model.Money;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.TicketType;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A customer's hold on seats of one show, as the reservations map keeps it. A state change
 * returns a new value.
 *
 * @param bookingId set once the reservation is paid
 */
public record Reservation(String reservationId, long showId, String sessionId, List<String> seats,
                          Map<String, TicketType> ticketTypes, Money total,
                          ReservationStatus status, Instant createdAt, Instant expiresAt,
                          String apiKeyId, String bookingId) implements Serializable {

    public Reservation {
        seats = List.copyOf(seats);
        ticketTypes = Map.copyOf(ticketTypes);
    }

    public TicketType ticketType(String seat) {
        return ticketTypes.getOrDefault(seat, TicketType.ADULT);
    }

    public Reservation withStatus(ReservationStatus newStatus) {
        return new Reservation(reservationId, showId, sessionId, seats, ticketTypes, total,
                newStatus, createdAt, expiresAt, apiKeyId, bookingId);
    }

    /** The same reservation in a new state that holds its seats until {@code until}. */
    public Reservation withStatus(ReservationStatus newStatus, Instant until) {
        return new Reservation(reservationId, showId, sessionId, seats, ticketTypes, total,
                newStatus, createdAt, until, apiKeyId, bookingId);
    }

    /** As a customer sees it at {@code now}: an open hold whose time is up has lapsed. */
    public Reservation asSeenAt(Instant now) {
        boolean lapsed = status == ReservationStatus.RESERVED && !expiresAt.isAfter(now);
        return lapsed ? withStatus(ReservationStatus.LAPSED) : this;
    }

    public Reservation confirmed(String newBookingId) {
        return new Reservation(reservationId, showId, sessionId, seats, ticketTypes, total,
                ReservationStatus.CONFIRMED, createdAt, expiresAt, apiKeyId, newBookingId);
    }
}
