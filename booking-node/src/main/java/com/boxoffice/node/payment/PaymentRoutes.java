package com.boxoffice.node.payment;

import com.boxoffice.model.api.PaymentRefusal;
import com.boxoffice.model.api.PaymentRequest;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.ApiRoutes;
import com.boxoffice.node.payment.PaymentOutcome.AlreadyConfirmed;
import com.boxoffice.node.payment.PaymentOutcome.Declined;
import com.boxoffice.node.payment.PaymentOutcome.HoldLapsed;
import com.boxoffice.node.payment.PaymentOutcome.InProgress;
import com.boxoffice.node.payment.PaymentOutcome.Interrupted;
import com.boxoffice.node.payment.PaymentOutcome.KeyReused;
import com.boxoffice.node.payment.PaymentOutcome.Paid;
import com.boxoffice.node.payment.PaymentOutcome.SeatsSold;
import com.boxoffice.node.payment.PaymentOutcome.UnknownReservation;
import com.boxoffice.node.reservation.KeyOwnership;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /api/v1/reservations/{id}/payment}; the one place where a payment's outcome
 * becomes an HTTP status and body.
 */
public final class PaymentRoutes implements ApiRoutes {

    private final PaymentService payments;
    private final KeyOwnership ownership;

    public PaymentRoutes(PaymentService payments, KeyOwnership ownership) {
        this.payments = payments;
        this.ownership = ownership;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/reservations/{reservationId}/payment", this::pay);
    }

    private void pay(Context ctx) {
        String reservationId = ctx.pathParam("reservationId");
        PaymentRequest request = body(ctx);
        PaymentOutcome outcome = ownership.hiddenFrom(ctx, reservationId)
                ? new UnknownReservation(reservationId)
                : payments.pay(reservationId, request);
        // A declined late payment leaves a hold whose time is up: say so, not "still held".
        boolean lapsed = outcome instanceof Declined declined
                && !payments.stillHeld(declined.reservationId());
        Answer answer = answer(outcome, lapsed);
        ctx.status(answer.status()).json(answer.body());
    }

    private static PaymentRequest body(Context ctx) {
        if (ctx.body().isBlank()) {
            throw ApiException.badRequest("body", "a payment needs a JSON body");
        }
        try {
            return ctx.bodyAsClass(PaymentRequest.class);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("body", "the body is not a payment request: "
                    + "{\"idempotencyKey\", \"method\": {\"type\": \"CARD\", \"cardNumber\"}}");
        }
    }

    static Answer answer(PaymentOutcome outcome, boolean holdLapsed) {
        return switch (outcome) {
            case Paid(var booking) -> new Answer(200, booking);
            case Declined(var reservation, var reason) -> refusal(402, "PAYMENT_DECLINED",
                    "the payment was declined: " + reason + (holdLapsed
                            ? "; the hold's time is up, so hold the seats again to pay with"
                                    + " another card"
                            : "; the seats stay held, pay with another card under a new"
                                    + " idempotency key"), reservation, null);
            case AlreadyConfirmed(var reservation, var booking) -> refusal(409,
                    "ALREADY_CONFIRMED", "reservation " + reservation + " is already paid",
                    reservation, booking);
            case HoldLapsed(var reservation) -> refusal(410, "HOLD_LAPSED",
                    "the hold lapsed and its seats are gone; nothing was charged", reservation,
                    null);
            case SeatsSold(var reservation) -> refusal(409, "SEATS_SOLD",
                    "the seats were sold meanwhile; the payment was voided and nothing charged",
                    reservation, null);
            case Interrupted(var reservation) -> refusal(409, "PAYMENT_INTERRUPTED",
                    "this payment was interrupted and voided; nothing was charged. Pay again"
                            + " under a new idempotency key", reservation, null);
            case InProgress(var reservation) -> refusal(409, "PAYMENT_IN_PROGRESS",
                    "another payment of reservation " + reservation + " is under way",
                    reservation, null);
            case UnknownReservation(var reservation) -> refusal(404, "NOT_FOUND",
                    "reservation " + reservation + " does not exist", reservation, null);
            case KeyReused(var key, var reservation) -> new Answer(409, new PaymentRefusal(
                    "IDEMPOTENCY_KEY_REUSED", "idempotency key " + key + " was already used"
                    + " for another reservation; use a new key for each payment", reservation,
                    null,
                    "idempotencyKey"));
        };
    }

    private static Answer refusal(int status, String code, String message, String reservationId,
                                  String bookingId) {
        return new Answer(status, new PaymentRefusal(code, message, reservationId, bookingId,
                null));
    }

    /** An HTTP status with its JSON body. */
    record Answer(int status, Object body) {
    }
}
