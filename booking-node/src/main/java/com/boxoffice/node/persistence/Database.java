package com.boxoffice.node.persistence;

import com.boxoffice.node.NodeOptions;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's PostgreSQL: a pool of connections to the external server named by
 * {@code --jdbc-url}, or to an embedded server whose files stay in {@code --data-dir}.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int POOL_SIZE = 10;

    private final HikariDataSource dataSource;
    private final EmbeddedDatabase embedded;

    private Database(HikariDataSource dataSource, EmbeddedDatabase embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    /** Connects to the database the options name, starting the embedded one if needed. */
    public static Database open(NodeOptions options, MeterRegistry meters) {
        if (options.externalDatabase()) {
            HikariConfig config = poolConfig(options.jdbcUrl(), options.dbUser(),
                    options.dbPassword(), meters);
            log.info("Using external PostgreSQL at {}", options.jdbcUrl());
            return new Database(new HikariDataSource(config), null);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(options.dataDir());
        try {
            HikariConfig config = poolConfig(embedded.jdbcUrl(), EmbeddedDatabase.USER, null,
                    meters);
            return new Database(new HikariDataSource(config), embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(String url, String user, String password,
                                           MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("boxoffice");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(2);
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        return config;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** Closes the pool, then stops the embedded server (its files stay). */
    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    static UncheckedIOException unchecked(String what, IOException e) {
        return new UncheckedIOException(what + ": " + e.getMessage(), e);
    }
}
