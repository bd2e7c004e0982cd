package com.boxoffice.node.persistence;

import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Builds the session factory over the node's pool; Flyway owns the schema, Hibernate only maps.
 */
public final class Hibernate {

    private Hibernate() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "50")
                .applySetting(AvailableSettings.ORDER_INSERTS, "true")
                .applySetting(AvailableSettings.ORDER_UPDATES, "true")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            EntityClasses.all().forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /**
     * The pool a session factory takes its connections from, for the few statements on the
     * hot path that a session would only slow down.
     */
    public static DataSource dataSource(SessionFactory sessions) {
        return sessions.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class);
    }
}
