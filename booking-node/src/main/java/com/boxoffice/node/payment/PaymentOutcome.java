package com.boxoffice.node.payment;

import com.boxoffice.model.api.BookingView;

/**
 * What became of a payment; {@code PaymentRoutes} turns each into its HTTP answer in one place.
 */
public sealed interface PaymentOutcome {

    /** Charged and booked (200). */
    record Paid(BookingView booking) implements PaymentOutcome {
    }

    /** The terminal declined the card; the hold stands and may be paid with another card (402). */
    record Declined(String reservationId, String reason) implements PaymentOutcome {
    }

    /** The reservation was paid before (409). */
    record AlreadyConfirmed(String reservationId, String bookingId) implements PaymentOutcome {
    }

    /** The hold lapsed and some of its seats are gone; nothing was charged (410). */
    record HoldLapsed(String reservationId) implements PaymentOutcome {
    }

    /**
     * The seats were sold meanwhile by another member that could not see this hold (a split
     * cluster); the authorization was voided (409).
     */
    record SeatsSold(String reservationId) implements PaymentOutcome {
    }

    /** A node stopped during this attempt and recovery voided it; nothing was charged (409). */
    record Interrupted(String reservationId) implements PaymentOutcome {
    }

    /** Another attempt to pay this reservation is under way (409). */
    record InProgress(String reservationId) implements PaymentOutcome {
    }

    /** No such reservation (404). */
    record UnknownReservation(String reservationId) implements PaymentOutcome {
    }

    /** The idempotency key was used for another reservation (409). */
    record KeyReused(String key, String reservationId) implements PaymentOutcome {
    }
}
