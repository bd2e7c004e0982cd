package com.boxoffice.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * One PostgreSQL server for a whole run, in its own process, configured as a node's embedded
 * one is; each system under test gets a fresh database in it, so they start equal.
 */
public final class BenchPostgres implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private BenchPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @param synchronousCommit "off" as a node's embedded PostgreSQL runs, or "on" */
    public static BenchPostgres start(Path workDir, String synchronousCommit) {
        try {
            Path directory = workDir.resolve("postgres");
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("synchronous_commit", synchronousCommit)
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
            return new BenchPostgres(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + workDir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates an empty database and answers its JDBC URL. */
    public String createDatabase(String name) {
        try (Connection admin = connect("postgres");
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
