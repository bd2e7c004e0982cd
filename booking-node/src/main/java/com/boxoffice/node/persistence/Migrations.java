package com.boxoffice.node.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the scripts in {@code db/migration} before the node serves.
 * Several nodes starting at once are safe: Flyway serialises them with a database lock.
 */
public final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** Migrates and answers the schema version now in force. */
    public static String migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current() == null
                ? "none" : flyway.info().current().getVersion().getVersion();
        log.info("Database migrations done: schema at version {} ({} applied now)",
                version, result.migrationsExecuted);
        return version;
    }
}
