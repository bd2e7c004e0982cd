package com.boxoffice.node.payment;

import com.boxoffice.node.booking.Refunds;
import com.boxoffice.node.booking.SeatTicket;
import com.boxoffice.node.reservation.ReservationEngine;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refunds a cancelled booking's payment through the terminal and frees its seats on the seat
 * ledger; recovery finishes a refund that a dead node started.
 */
public final class PaymentRefunds implements Refunds {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentRefunds.class);

    private final PaymentIntents intents;
    private final PaymentTerminal terminal;
    private final ReservationEngine engine;

    public PaymentRefunds(PaymentIntents intents, PaymentTerminal terminal,
                          ReservationEngine engine) {
        this.intents = intents;
        this.terminal = terminal;
        this.engine = engine;
    }

    @Override
    public boolean start(Session session, String paymentKey) {
        PaymentIntent intent = session.find(PaymentIntent.class, paymentKey);
        if (intent == null || intent.state() != IntentState.CAPTURED) {
            return false;
        }
        intents.change(session, paymentKey, i -> i.refunding(intents.clock().instant()));
        return true;
    }

    @Override
    public void finish(String paymentKey) {
        PaymentIntent intent = intents.find(paymentKey).orElseThrow();
        if (intent.state() == IntentState.REFUNDING) {
            terminal.refund(intent.authorizationId().orElseThrow());
            intent = intents.change(paymentKey, i -> i.refunded(intents.clock().instant()));
            LOG.info("Payment refunded: reservation {}, booking {}, card ****{}",
                    intent.reservationId(), intent.bookingId().orElse("?"), intent.cardLast4());
        }
        if (intent.state() == IntentState.REFUNDED && !intent.engineTold()) {
            engine.freeSoldSeats(intent.showId(),
                    intent.seats().stream().map(SeatTicket::seat).toList());
            intents.change(paymentKey, i -> i.engineTold(intents.clock().instant()));
        }
    }
}
