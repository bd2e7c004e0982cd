package com.boxoffice.node.payment;

import com.boxoffice.node.persistence.Hibernate;
import com.boxoffice.node.persistence.Migrations;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
    private final DataSource dataSource;
    private final SessionFactory sessions;

    private PaymentDatabase(EmbeddedPostgres postgres, DataSource dataSource,
                            SessionFactory sessions) {
        this.postgres = postgres;
        this.dataSource = dataSource;
        this.sessions = sessions;
    }

    static PaymentDatabase start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            pool.setMaximumPoolSize(20);
            DataSource dataSource = new HikariDataSource(pool);
            Migrations.migrate(dataSource);
            return new PaymentDatabase(postgres, dataSource, Hibernate.sessionFactory(dataSource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    SessionFactory sessions() {
        return sessions;
    }

    /** Empties every payment and booking table between tests. */
    void clear() {
        sessions.inTransaction(session -> session.createNativeMutationQuery("""
                truncate booked_seats, tickets, bookings, payment_intents, terminal_operations,
                    reservations
                """).executeUpdate());
    }

    long count(String table) {
        return sessions.fromTransaction(session -> session.createNativeQuery(
                "select count(*) from " + table, Long.class).getSingleResult());
    }

    @Override
    public void close() throws IOException {
        sessions.close();
        ((HikariDataSource) dataSource).close();
        postgres.close();
    }
}
