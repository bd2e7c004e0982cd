package com.boxoffice.node.payment;

import com.boxoffice.node.persistence.DatabaseException;
import com.boxoffice.node.persistence.Hibernate;
import com.boxoffice.node.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Stores payment intents. Whoever changes an intent holds its lease for a while; recovery only
 * takes up intents whose lease ran out, so that it never races a payment still being made.
 */
public final class PaymentIntents {

    /**
     * A new attempt, unless its key is taken, another attempt of the reservation is under way
     * or the reservation is booked already: those cases are told apart afterwards.
     */
    private static final String OPEN = """
            insert into payment_intents (idempotency_key, reservation_id, state, card_last4,
                                         engine_told, lease_until, created_at, updated_at,
                                         version)
            select ?, ?, ?, ?, false, ?, ?, ?, 0
            where not exists (select 1 from bookings where reservation_id = ?)
            on conflict do nothing
            """;

    /** Everything a step may change, if the row is still at the version the copy was read at. */
    private static final String WRITE = """
            update payment_intents
            set show_id = ?, seats = ?, state = ?, amount_minor = ?, currency = ?,
                authorization_id = ?, booking_id = ?, answer_code = ?, answer_message = ?,
                engine_told = ?, lease_until = ?, updated_at = ?, version = version + 1
            where idempotency_key = ? and version = ?
            """;

    private final SessionFactory sessions;
    private final DataSource database;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lease;

    public PaymentIntents(SessionFactory sessions, Clock clock, Duration lease) {
        this.sessions = sessions;
        this.database = Hibernate.dataSource(sessions);
        this.transactions = new Transactions(sessions, database);
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * Stores a new attempt with one statement when nothing stands in its way: its key is new,
     * no other attempt of the reservation is under way, and the reservation has no booking.
     * Empty otherwise, and nothing is written; the caller then reads which it is.
     */
    Optional<PaymentIntent> openAtOnce(String key, String reservationId, String cardLast4) {
        Instant now = clock.instant();
        PaymentIntent intent = new PaymentIntent(key, reservationId, cardLast4, now,
                now.plus(lease));
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(OPEN)) {
            insert.setString(1, key);
            insert.setString(2, reservationId);
            insert.setString(3, IntentState.PENDING.name());
            insert.setString(4, cardLast4);
            insert.setObject(5, utc(intent.leaseUntil()));
            insert.setObject(6, utc(now));
            insert.setObject(7, utc(now));
            insert.setString(8, reservationId);
            return insert.executeUpdate() == 1 ? Optional.of(intent) : Optional.empty();
        } catch (SQLException e) {
            throw new DatabaseException("could not store payment " + key, e);
        }
    }

    /**
     * Applies a step to this copy of an intent and writes it over the row, on a connection
     * whose transaction the caller owns, renewing the lease. False, and the row untouched, when
     * someone changed the row since the copy was read: recovery took the attempt over.
     */
    boolean write(Connection connection, PaymentIntent intent, Consumer<PaymentIntent> step)
            throws SQLException {
        step.accept(intent);
        Instant now = clock.instant();
        intent.leaseUntil(now.plus(lease), now);
        try (PreparedStatement update = connection.prepareStatement(WRITE)) {
            update.setObject(1, intent.storedShowId(), Types.BIGINT);
            update.setString(2, intent.storedSeats());
            update.setString(3, intent.state().name());
            update.setObject(4, intent.storedAmountMinor(), Types.BIGINT);
            update.setString(5, intent.storedCurrency());
            update.setString(6, intent.authorizationId().orElse(null));
            update.setString(7, intent.bookingId().orElse(null));
            update.setString(8, intent.answerCode());
            update.setString(9, intent.answerMessage());
            update.setBoolean(10, intent.engineTold());
            update.setObject(11, utc(intent.leaseUntil()));
            update.setObject(12, utc(intent.updatedAt()));
            update.setString(13, intent.key());
            update.setLong(14, intent.version());
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        intent.written();
        return true;
    }

    /** {@link #write(Connection, PaymentIntent, Consumer)} as a transaction of its own. */
    boolean write(PaymentIntent intent, Consumer<PaymentIntent> step) {
        try (Connection connection = database.getConnection()) {
            return write(connection, intent, step);
        } catch (SQLException e) {
            throw new DatabaseException("could not store payment " + intent.key(), e);
        }
    }

    /** Plain JDBC transactions on the pool the intents are kept in. */
    Transactions transactions() {
        return transactions;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
}
