package com.boxoffice.node.reservation;

/**
 * The answer to pinning a reservation for payment.
 */
public sealed interface PinResult {

    /** The seats are held as PAYING and cannot lapse until confirmed or unpinned. */
    record Pinned(Reservation reservation) implements PinResult {
    }

    /** The reservation is already paid. */
    record AlreadyConfirmed(Reservation reservation) implements PinResult {
    }

    /** Another payment attempt holds the pin right now. */
    record PaymentInProgress(Reservation reservation) implements PinResult {
    }

    /** The hold lapsed or was released and some of its seats are gone: nothing may be charged. */
    record Lapsed(String reservationId) implements PinResult {
    }

    /** No such reservation, or it was forgotten. */
    record Unknown(String reservationId) implements PinResult {
    }
}
