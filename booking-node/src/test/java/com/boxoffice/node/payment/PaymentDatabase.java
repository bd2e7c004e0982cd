package com.boxoffice.node.payment;

import com.boxoffice.node.booking.Booking;
import com.boxoffice.node.booking.Ticket;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * A real PostgreSQL for the payment tests of one class, migrated by the node's own scripts,
 * with a session factory over the payment and booking entities.
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
            Flyway.configure().dataSource(dataSource).load().migrate();
            return new PaymentDatabase(postgres, sessionFactory(dataSource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SessionFactory sessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        List.of(PaymentIntent.class, Booking.class, Ticket.class)
                .forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
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
