package com.boxoffice.kiosk.api;

import com.boxoffice.model.api.BookingView;

/**
 * What came of paying a hold: a booking, a declined card (the hold stays), a payment that was
 * cut off and voided (the hold stays, try again), the seats gone because the hold ran out or
 * they were sold meanwhile (nothing charged), or a reservation that was already paid.
 */
public sealed interface PaymentResult {

    record Paid(BookingView booking) implements PaymentResult {
    }

    record Declined(String message) implements PaymentResult {
    }

    record Interrupted() implements PaymentResult {
    }

    record SeatsGone() implements PaymentResult {
    }

    record AlreadyPaid(String bookingId) implements PaymentResult {
    }
}
