package com.boxoffice.node.payment;

import com.boxoffice.model.Money;
import com.boxoffice.node.persistence.DatabaseException;
import com.boxoffice.node.persistence.Hibernate;
import com.boxoffice.node.persistence.Transactions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
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
    private final DataSource database;
    private final Transactions transactions;
    private final Clock clock;

    public DemoPaymentTerminal(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.database = Hibernate.dataSource(sessions);
        this.transactions = new Transactions(sessions, database);
        this.clock = clock;
    }

    @Override
    public Authorization authorize(String reference, Money amount, CardNumber card) {
        String authorizationId = "auth_" + HexFormat.of().formatHex(randomBytes());
        Authorization answer = decide(authorizationId, card);
        String operation = answer instanceof Authorization.Approved ? "AUTHORIZE" : "DECLINE";
        String reason = answer instanceof Authorization.Declined(String why) ? why : null;

        Instant now = clock.instant();
        transactions.callJdbc(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into terminal_operations (authorization_id, reference, operation,
                        amount_minor, currency, card_last4, reason, done_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                insert.setString(1, authorizationId);
                insert.setString(2, reference);
                insert.setString(3, operation);
                insert.setLong(4, amount.amountMinor());
                insert.setString(5, amount.currency());
                insert.setString(6, card.lastFour());
                insert.setString(7, reason);
                insert.setObject(8, now.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
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
        transactions.callJdbc(connection -> {
            lockAuthorization(connection, authorizationId);
            if (!done(connection, authorizationId).contains("CAPTURE")) {
                throw new IllegalStateException(
                        "authorization " + authorizationId + " was never captured, cannot refund");
            }
            insertUnless(connection, authorizationId, "REFUND", List.of());
            return null;
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

    /**
     * Capture or void: each at most once, and never one after the other. The journal's unique
     * index on the settled authorization lets only one of them in, so that a capture and a void
     * asked at the same moment cannot both be written; asking again for the one done is fine.
     */
    private void follow(String authorizationId, String operation, List<String> excluded) {
        try (Connection connection = database.getConnection()) {
            if (insertUnless(connection, authorizationId, operation, List.of())) {
                return;
            }
            List<String> done = done(connection, authorizationId);
            if (!done.contains("AUTHORIZE")) {
                throw new IllegalStateException("no approved authorization " + authorizationId);
            }
            if (excluded.stream().anyMatch(done::contains)) {
                throw new IllegalStateException("authorization " + authorizationId
                        + " is already " + done + ", cannot " + operation);
            }
        } catch (SQLException e) {
            throw new DatabaseException("the demo terminal could not write its journal", e);
        }
    }

    private static void lockAuthorization(Connection connection, String authorizationId)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("""
                select id from terminal_operations
                where authorization_id = ? and operation = 'AUTHORIZE'
                for update
                """)) {
            lock.setString(1, authorizationId);
            try (ResultSet rows = lock.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException(
                            "no approved authorization " + authorizationId);
                }
            }
        }
    }

    /** Writes the operation unless an excluded one is done; false if nothing was written. */
    private boolean insertUnless(Connection connection, String authorizationId,
                                 String operation, List<String> excluded) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into terminal_operations (authorization_id, reference, operation,
                    amount_minor, currency, card_last4, done_at)
                select authorization_id, reference, ?, amount_minor, currency, card_last4, ?
                from terminal_operations
                where authorization_id = ? and operation = 'AUTHORIZE'
                  and not exists (select 1 from terminal_operations
                                  where authorization_id = ? and operation = any (?))
                on conflict do nothing
                """)) {
            insert.setString(1, operation);
            insert.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
            insert.setString(3, authorizationId);
            insert.setString(4, authorizationId);
            insert.setArray(5, connection.createArrayOf("varchar", excluded.toArray()));
            boolean written = insert.executeUpdate() > 0;
            if (written) {
                LOG.debug("Terminal: {} of authorization {}", operation, authorizationId);
            }
            return written;
        }
    }

    private static List<String> done(Connection connection, String authorizationId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select operation from terminal_operations where authorization_id = ?")) {
            select.setString(1, authorizationId);
            List<String> done = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    done.add(rows.getString(1));
                }
            }
            return done;
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
