package com.boxoffice.kiosk.api;

import com.boxoffice.model.api.BookingView;

/**
 * What came of paying a hold: a booking, a declined card (the hold stays), a hold that ran out
 * with its seats gone (nothing charged), or a reservation that was already paid.
 */
public sealed interface PaymentResult {

    record Paid(BookingView booking) implements PaymentResult {
    }

    record Declined(String message) implements PaymentResult {
    }

    record HoldLapsed() implements PaymentResult {
    }

    record AlreadyPaid(String bookingId) implements PaymentResult {
    }
}
