package com.boxoffice.node.payment;

import com.boxoffice.node.persistence.Hibernate;
import com.boxoffice.node.persistence.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * A real PostgreSQL for the payment tests of one class, migrated by the node's own scripts,
 * with the node's own session factory.
 */
final class PaymentDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final SessionFactory sessions;

    private PaymentDatabase(EmbeddedPostgres postgres, SessionFactory sessions) {
        this.postgres = postgres;
        this.sessions = sessions;
    }

    static PaymentDatabase start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            DataSource dataSource = postgres.getPostgresDatabase();
            Migrations.migrate(dataSource);
            return new PaymentDatabase(postgres, Hibernate.sessionFactory(dataSource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SessionFactory sessions() {
        return sessions;
    }

    /** Empties every payment and booking table between tests. */
    void clear() {
        sessions.inTransaction(session -> session.createNativeMutationQuery("""
                truncate booked_seats, tickets, bookings, payment_intents, terminal_operations
                """).executeUpdate());
    }

    long count(String table) {
        return sessions.fromTransaction(session -> session.createNativeQuery(
                "select count(*) from " + table, Long.class).getSingleResult());
    }

    @Override
    public void close() throws IOException {
        sessions.close();
        postgres.close();
    }
}
