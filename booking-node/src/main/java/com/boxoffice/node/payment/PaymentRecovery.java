package com.boxoffice.node.payment;

import com.boxoffice.model.ReservationStatus;
import com.boxoffice.node.reservation.Reservation;
import com.boxoffice.node.reservation.ReservationEngine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles payments that a node left unfinished, at start and then periodically: each ends
 * captured with a booking or voided without one, and the seat ledger hears of it. Members
 * share the work through row locks that skip what another member is taking.
 */
public final class PaymentRecovery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentRecovery.class);
    private static final int BATCH = 20;

    private final PaymentIntents intents;
    private final PaymentService payments;
    private final PaymentRefunds refunds;
    private final ReservationEngine engine;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("payment-recovery").daemon().factory());

    public PaymentRecovery(PaymentIntents intents, PaymentService payments,
                           PaymentRefunds refunds, ReservationEngine engine) {
        this.intents = intents;
        this.payments = payments;
        this.refunds = refunds;
        this.engine = engine;
    }

    /** Settles now, then every {@code period}. */
    public void start(Duration period) {
        timer.scheduleWithFixedDelay(this::settleQuietly, 0, period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Settles every unfinished payment whose lease ran out; returns how many were taken up. */
    public int settleNow() {
        int settled = 0;
        List<String> keys;
        do {
            keys = intents.takeUnsettled(BATCH);
            keys.forEach(this::settleOne);
            settled += keys.size();
        } while (keys.size() == BATCH);
        return settled;
    }

    private void settleQuietly() {
        try {
            int settled = settleNow();
            if (settled > 0) {
                LOG.info("Recovery settled {} unfinished payments", settled);
            }
        } catch (RuntimeException e) {
            LOG.error("Recovery of unfinished payments failed; will retry", e);
        }
    }

    private void settleOne(String key) {
        try {
            intents.find(key).ifPresent(this::settle);
        } catch (RuntimeException e) {
            LOG.warn("Could not settle payment {} yet; will retry when its lease runs out",
                    key, e);
        }
    }

    private void settle(PaymentIntent intent) {
        LOG.info("Recovery takes up payment of reservation {} in state {}",
                intent.reservationId(), intent.state());
        switch (intent.state()) {
            case PENDING -> payments.abandon(intent);
            case AUTHORIZED -> finishAuthorized(intent);
            case BOOKED -> payments.capture(intent);
            case CAPTURED -> payments.tellEngine(intent);
            case REFUNDING, REFUNDED -> refunds.finish(intent.key());
            case DECLINED, VOIDED, REFUSED ->
                    intents.change(intent.key(), i -> i.engineTold(intents.clock().instant()));
        }
    }

    /** Books an authorized payment if its reservation is still pinned for it, else voids it. */
    private void finishAuthorized(PaymentIntent intent) {
        // A pin whose payment window ran out may already have given the seats to others.
        Optional<Reservation> pinned = engine.find(intent.reservationId())
                .filter(r -> r.status() == ReservationStatus.PAYING)
                .filter(r -> r.expiresAt().isAfter(intents.clock().instant()));
        if (pinned.isPresent()) {
            payments.complete(intent, pinned.get().sessionId());
        } else {
            payments.abandon(intent);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
