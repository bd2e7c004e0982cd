package com.boxoffice.node.persistence;

import com.boxoffice.node.NodeOptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

/**
 * The node's database as the operator's commands (API keys, managers) reach it: the external
 * server of {@code --jdbc-url}; else the embedded server of a node running on
 * {@code --data-dir}; else that embedded server started just for the command.
 */
public final class CommandDatabase implements AutoCloseable {

    private final Database database;
    private final SessionFactory sessionFactory;
    private final Transactions transactions;

    private CommandDatabase(Database database, SessionFactory sessionFactory,
                            Transactions transactions) {
        this.database = database;
        this.sessionFactory = sessionFactory;
        this.transactions = transactions;
    }

    public static CommandDatabase open(NodeOptions options) {
        NodeOptions reachable = runningEmbeddedServer(options)
                .map(port -> options.withDatabase("jdbc:postgresql://127.0.0.1:" + port
                        + "/postgres", "postgres", null))
                .orElse(options);
        Database database = Database.open(reachable, new SimpleMeterRegistry());
        try {
            Migrations.migrate(database.dataSource());
            SessionFactory sessionFactory = Hibernate.sessionFactory(database.dataSource());
            Transactions transactions = new Transactions(sessionFactory, database.dataSource());
            return new CommandDatabase(database, sessionFactory, transactions);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Transactions transactions() {
        return transactions;
    }

    /**
     * The port of the embedded PostgreSQL that a running node keeps in the data directory; its
     * lock file names the process and, on the fourth line, the port.
     */
    private static Optional<Integer> runningEmbeddedServer(NodeOptions options) {
        if (options.externalDatabase()) {
            return Optional.empty();
        }
        Path pidFile = options.dataDir().toAbsolutePath().resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            boolean alive = lines.size() >= 4 && lines.get(0).strip().matches("\\d+")
                    && ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        }
    }

    @Override
    public void close() {
        sessionFactory.close();
        database.close();
    }
}
