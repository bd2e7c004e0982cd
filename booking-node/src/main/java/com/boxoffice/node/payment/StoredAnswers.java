package com.boxoffice.node.payment;

import com.boxoffice.node.booking.BookingViews;
import com.boxoffice.node.booking.Bookings;
import com.boxoffice.node.payment.PaymentOutcome.AlreadyConfirmed;
import com.boxoffice.node.payment.PaymentOutcome.Declined;
import com.boxoffice.node.payment.PaymentOutcome.HoldLapsed;
import com.boxoffice.node.payment.PaymentOutcome.InProgress;
import com.boxoffice.node.payment.PaymentOutcome.Interrupted;
import com.boxoffice.node.payment.PaymentOutcome.KeyReused;
import com.boxoffice.node.payment.PaymentOutcome.Paid;
import com.boxoffice.node.payment.PaymentOutcome.SeatsSold;

/**
 * Repeats the answer of an earlier attempt made with the same idempotency key; nothing is
 * charged or changed again.
 */
final class StoredAnswers {

    private StoredAnswers() {
    }

    static PaymentOutcome repeat(PaymentIntent earlier, String reservationId, Bookings bookings,
                                 BookingViews views) {
        if (!earlier.reservationId().equals(reservationId)) {
            // Which reservation the key paid is the other payer's business, not this one's.
            return new KeyReused(earlier.key(), reservationId);
        }
        return switch (earlier.state()) {
            case PENDING, AUTHORIZED, BOOKED -> new InProgress(reservationId);
            case CAPTURED, REFUNDING, REFUNDED -> new Paid(views.view(
                    bookings.find(earlier.bookingId().orElseThrow()).orElseThrow()));
            case DECLINED -> new Declined(reservationId, earlier.answerMessage());
            case REFUSED -> refused(earlier, reservationId);
            case VOIDED -> PaymentService.SEATS_SOLD.equals(earlier.answerCode())
                    ? new SeatsSold(reservationId)
                    : new Interrupted(reservationId);
        };
    }

    private static PaymentOutcome refused(PaymentIntent earlier, String reservationId) {
        if (PaymentService.ALREADY_CONFIRMED.equals(earlier.answerCode())) {
            return new AlreadyConfirmed(reservationId, earlier.bookingId().orElse(null));
        }
        return new HoldLapsed(reservationId);
    }
}
