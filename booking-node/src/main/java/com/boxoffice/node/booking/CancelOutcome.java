package com.boxoffice.node.booking;

import com.boxoffice.model.api.BookingView;
import java.time.Instant;

/**
 * What became of a cancellation; {@code BookingRoutes} turns each into its HTTP answer.
 */
public sealed interface CancelOutcome {

    /** Cancelled and refunded, now or by an earlier call (200 either way). */
    record Cancelled(BookingView booking) implements CancelOutcome {
    }

    /** The show has started: tickets are no longer taken back (409). */
    record ShowStarted(String bookingId, Instant startedAt) implements CancelOutcome {
    }

    /** The payment is still being settled; try again in a moment (409). */
    record PaymentNotSettled(String bookingId) implements CancelOutcome {
    }

    /** No such booking (404). */
    record UnknownBooking(String bookingId) implements CancelOutcome {
    }
}
