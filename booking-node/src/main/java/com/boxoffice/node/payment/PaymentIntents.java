package com.boxoffice.node.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Stores payment intents. Whoever changes an intent holds its lease for a while; recovery only
 * takes up intents whose lease ran out, so that it never races a payment still being made.
 */
public final class PaymentIntents {

    private static final String ONE_ATTEMPT = "payment_intents_one_attempt_per_reservation";

    private final SessionFactory sessions;
    private final Clock clock;
    private final Duration lease;

    public PaymentIntents(SessionFactory sessions, Clock clock, Duration lease) {
        this.sessions = sessions;
        this.clock = clock;
        this.lease = lease;
    }

    /** Stores a new attempt under its key, unless the key is taken or another is under way. */
    Opening open(String key, String reservationId, String cardLast4) {
        Instant now = clock.instant();
        try {
            PaymentIntent intent = new PaymentIntent(key, reservationId, cardLast4, now,
                    now.plus(lease));
            sessions.inTransaction(session -> session.persist(intent));
            return new Opening.Opened(intent);
        } catch (ConstraintViolationException e) {
            if (String.valueOf(e.getConstraintName()).contains(ONE_ATTEMPT)
                    || String.valueOf(e.getMessage()).contains(ONE_ATTEMPT)) {
                return new Opening.AttemptUnderWay();
            }
            return find(key).<Opening>map(Opening.KeyTaken::new)
                    .orElseThrow(() -> e);
        }
    }

    public Optional<PaymentIntent> find(String key) {
        return sessions.fromTransaction(session ->
                Optional.ofNullable(session.find(PaymentIntent.class, key)));
    }

    public List<PaymentIntent> findByReservation(String reservationId) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from PaymentIntent where reservationId = :reservation order by createdAt",
                        PaymentIntent.class)
                .setParameter("reservation", reservationId)
                .getResultList());
    }

    /** Applies one step to an intent in its own transaction and renews the lease. */
    PaymentIntent change(String key, Consumer<PaymentIntent> step) {
        return sessions.fromTransaction(session -> change(session, key, step));
    }

    /** Applies one step to an intent in the caller's transaction and renews the lease. */
    PaymentIntent change(Session session, String key, Consumer<PaymentIntent> step) {
        PaymentIntent intent = session.find(PaymentIntent.class, key);
        if (intent == null) {
            throw new IllegalStateException("no payment intent " + key);
        }
        step.accept(intent);
        Instant now = clock.instant();
        intent.leaseUntil(now.plus(lease), now);
        return intent;
    }

    /** Drops an attempt that was turned away for a passing reason, so its key may be retried. */
    void forget(String key) {
        sessions.inTransaction(session -> session.createMutationQuery(
                        "delete from PaymentIntent where key = :key and state = :state")
                .setParameter("key", key)
                .setParameter("state", IntentState.PENDING)
                .executeUpdate());
    }

    /**
     * Takes the lease of up to {@code limit} intents that are unsettled and whose lease ran out.
     * Rows that another member is taking at the same moment are skipped, not waited for.
     */
    List<String> takeUnsettled(int limit) {
        Instant now = clock.instant();
        return sessions.fromTransaction(session -> {
            List<String> keys = session.createNativeQuery("""
                            select idempotency_key from payment_intents
                            where lease_until < :now
                              and (state in ('PENDING', 'AUTHORIZED', 'BOOKED', 'REFUNDING')
                                   or not engine_told)
                            order by created_at
                            limit :limit
                            for update skip locked
                            """, String.class)
                    .setParameter("now", now)
                    .setParameter("limit", limit)
                    .getResultList();
            keys.forEach(key -> change(session, key, intent -> { }));
            return keys;
        });
    }

    Clock clock() {
        return clock;
    }

    SessionFactory sessions() {
        return sessions;
    }

    /** The outcome of storing a new attempt. */
    sealed interface Opening {

        record Opened(PaymentIntent intent) implements Opening {
        }

        record KeyTaken(PaymentIntent existing) implements Opening {
        }

        record AttemptUnderWay() implements Opening {
        }
    }
}
