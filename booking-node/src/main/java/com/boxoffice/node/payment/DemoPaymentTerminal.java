package com.boxoffice.node.payment;

import com.boxoffice.model.Money;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo terminal: approves 4242424242424242, declines 4000000000000002 and every other
 * number. It writes each operation to {@code terminal_operations}, so that operators and tests
 * can see what was charged, captured, voided and refunded; it keeps a card's last four digits
 * only.
 */
public final class DemoPaymentTerminal implements PaymentTerminal {

    public static final String APPROVED_CARD = "4242424242424242";
    public static final String DECLINED_CARD = "4000000000000002";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPaymentTerminal.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionFactory sessions;
    private final Clock clock;

    public DemoPaymentTerminal(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Authorization authorize(String reference, Money amount, CardNumber card) {
        String authorizationId = "auth_" + HexFormat.of().formatHex(randomBytes());
        Authorization answer = decide(authorizationId, card);
        String operation = answer instanceof Authorization.Approved ? "AUTHORIZE" : "DECLINE";
        String reason = answer instanceof Authorization.Declined(String why) ? why : null;

        sessions.inTransaction(session -> session.createNativeMutationQuery("""
                        insert into terminal_operations (authorization_id, reference, operation,
                            amount_minor, currency, card_last4, reason, done_at)
                        values (:auth, :reference, :operation, :amount, :currency, :last4,
                            :reason, :now)
                        """)
                .setParameter("auth", authorizationId)
                .setParameter("reference", reference)
                .setParameter("operation", operation)
                .setParameter("amount", amount.amountMinor())
                .setParameter("currency", amount.currency())
                .setParameter("last4", card.lastFour())
                .setParameter("reason", reason)
                .setParameter("now", clock.instant())
                .executeUpdate());
        return answer;
    }

    private static Authorization decide(String authorizationId, CardNumber card) {
        return switch (card.digits()) {
            case APPROVED_CARD -> new Authorization.Approved(authorizationId);
            case DECLINED_CARD -> new Authorization.Declined("the card was declined by its bank");
            default -> new Authorization.Declined(
                    "the demo terminal accepts only its test cards; card " + card + " is unknown");
        };
    }

    @Override
    public void capture(String authorizationId) {
        follow(authorizationId, "CAPTURE", List.of("VOID"));
    }

    @Override
    public void voidAuthorization(String authorizationId) {
        follow(authorizationId, "VOID", List.of("CAPTURE"));
    }

    @Override
    public void refund(String authorizationId) {
        sessions.inTransaction(session -> {
            lockAuthorization(session, authorizationId);
            if (!done(session, authorizationId).contains("CAPTURE")) {
                throw new IllegalStateException(
                        "authorization " + authorizationId + " was never captured, cannot refund");
            }
            record(session, authorizationId, "REFUND");
        });
    }

    @Override
    public Optional<String> approvedAuthorization(String reference) {
        return sessions.fromTransaction(session -> session.createNativeQuery("""
                        select authorization_id from terminal_operations
                        where reference = :reference and operation = 'AUTHORIZE'
                        """, String.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst());
    }

    /** Every operation, oldest first: what the terminal's own journal would show. */
    public List<TerminalOperation> operations() {
        return sessions.fromTransaction(session -> session.createNativeQuery("""
                        select authorization_id, reference, operation, amount_minor, currency,
                            card_last4
                        from terminal_operations
                        order by id
                        """, Object[].class)
                .getResultList()
                .stream()
                .map(row -> new TerminalOperation((String) row[0], (String) row[1],
                        (String) row[2], Money.of(((Number) row[3]).longValue(),
                        (String) row[4]), (String) row[5]))
                .toList());
    }

    /** Capture or void: each at most once, and never one after the other. */
    private void follow(String authorizationId, String operation, List<String> excluded) {
        sessions.inTransaction(session -> {
            lockAuthorization(session, authorizationId);
            List<String> done = done(session, authorizationId);
            if (excluded.stream().anyMatch(done::contains)) {
                throw new IllegalStateException("authorization " + authorizationId
                        + " is already " + done + ", cannot " + operation);
            }
            record(session, authorizationId, operation);
        });
    }

    private static void lockAuthorization(Session session, String authorizationId) {
        List<Long> rows = session.createNativeQuery("""
                        select id from terminal_operations
                        where authorization_id = :auth and operation = 'AUTHORIZE'
                        for update
                        """, Long.class)
                .setParameter("auth", authorizationId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("no approved authorization " + authorizationId);
        }
    }

    private static List<String> done(Session session, String authorizationId) {
        return session.createNativeQuery("""
                        select operation from terminal_operations
                        where authorization_id = :auth
                        """, String.class)
                .setParameter("auth", authorizationId)
                .getResultList();
    }

    private void record(Session session, String authorizationId, String operation) {
        int inserted = session.createNativeMutationQuery("""
                        insert into terminal_operations (authorization_id, reference, operation,
                            amount_minor, currency, card_last4, done_at)
                        select authorization_id, reference, :operation, amount_minor, currency,
                            card_last4, :now
                        from terminal_operations
                        where authorization_id = :auth and operation = 'AUTHORIZE'
                        on conflict do nothing
                        """)
                .setParameter("operation", operation)
                .setParameter("now", clock.instant())
                .setParameter("auth", authorizationId)
                .executeUpdate();
        if (inserted > 0) {
            LOG.debug("Terminal: {} of authorization {}", operation, authorizationId);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** One line of the terminal's journal. */
    public record TerminalOperation(String authorizationId, String reference, String operation,
                                    Money amount, String cardLast4) {
    }
}
