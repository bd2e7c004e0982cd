package com.boxoffice.node.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the node itself, on a free port, with its files in a directory
 * that outlives the node so that a restarted node finds its data again.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    static EmbeddedDatabase start(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().resolve("postgres");
        try {
            Files.createDirectories(directory);
            removeStaleLock(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}",
                    postgres.getPort(), directory);
            return new EmbeddedDatabase(postgres, directory);
        } catch (IOException e) {
            throw Database.unchecked("cannot start embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * A node that was killed leaves postmaster.pid behind; PostgreSQL itself then refuses to
     * start only if that process still runs, which we check the same way.
     */
    private static void removeStaleLock(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        boolean alive = firstLine.matches("\\d+")
                && ProcessHandle.of(Long.parseLong(firstLine)).map(ProcessHandle::isAlive)
                .orElse(false);
        if (!alive) {
            log.warn("Removing stale PostgreSQL lock file {} left by process {}",
                    pidFile, firstLine);
            Files.delete(pidFile);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped; its data stays in {}", directory);
        } catch (IOException e) {
            log.error("Embedded PostgreSQL in {} did not stop cleanly", directory, e);
        }
    }
}
