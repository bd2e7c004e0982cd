package com.boxoffice.bench;

import com.boxoffice.bench.baseline.BaselineServer;
import com.boxoffice.bench.baseline.LockMode;
import com.boxoffice.node.BookingNodeMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A running system that sells seats over the public API: Boxoffice nodes in their own
 * processes, or a baseline server; each on its own fresh database of the run's PostgreSQL.
 */
public final class SystemUnderTest implements AutoCloseable {

    public static final String API_KEY = "bench-key-without-quota-0123456789";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    /** Whose tables hold the bookings. */
    public enum Kind { BOXOFFICE, BASELINE }

    private final String name;
    private final Kind kind;
    private final String database;
    private final List<ChildJvm> processes;
    private final List<String> urls;

    private SystemUnderTest(String name, Kind kind, String database, List<ChildJvm> processes,
                            List<String> urls) {
        this.name = name;
        this.kind = kind;
        this.database = database;
        this.processes = processes;
        this.urls = urls;
    }

    /** Starts {@code members} booking nodes as one cluster on the given database. */
    public static SystemUnderTest boxoffice(String name, BenchPostgres postgres, String database,
                                            int members, String heap, Path workDir,
                                            List<String> extraArgs) {
        String cluster = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> hazelcastPorts = new ArrayList<>();
        List<Integer> httpPorts = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            hazelcastPorts.add(ChildJvm.freePort());
            httpPorts.add(ChildJvm.freePort());
        }
        List<ChildJvm> started = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try {
            for (int i = 0; i < members; i++) {
                List<String> args = new ArrayList<>(List.of("--demo",
                        "--jdbc-url", postgres.jdbcUrl(database), "--db-user", BenchPostgres.USER,
                        "--http-port", String.valueOf(httpPorts.get(i)),
                        "--hazelcast-port", String.valueOf(hazelcastPorts.get(i)),
                        "--cluster-name", cluster));
                for (int other = 0; other < members && members > 1; other++) {
                    if (other != i) {
                        args.add("--member");
                        args.add("127.0.0.1:" + hazelcastPorts.get(other));
                    }
                }
                args.addAll(extraArgs);
                List<String> flags = new ArrayList<>(List.of("-Xmx" + heap, "-Xms" + heap));
                flags.addAll(ChildJvm.NODE_JVM_FLAGS);
                started.add(ChildJvm.start(name + "-" + (i + 1), workDir, flags,
                        BookingNodeMain.class.getName(), args, Map.of("BOXOFFICE_API_KEY",
                                API_KEY)));
                urls.add("http://127.0.0.1:" + httpPorts.get(i));
                // One after another, as operators start a cluster: members starting at once on
                // a fresh database race to register the demo key, and all but one fail.
                started.get(i).awaitHttp(urls.get(i) + "/health", status -> status == 200,
                        START_TIMEOUT);
            }
            return new SystemUnderTest(name, Kind.BOXOFFICE, database, started, urls);
        } catch (RuntimeException e) {
            started.forEach(ChildJvm::close);
            throw e;
        }
    }

    /** Starts the baseline server on a database that {@code BaselineSchema} filled. */
    public static SystemUnderTest baseline(String name, BenchPostgres postgres, String database,
                                           LockMode mode, Path workDir) {
        int port = ChildJvm.freePort();
        ChildJvm server = ChildJvm.start(name, workDir, List.of("-Xmx1g", "-Xms1g"),
                BaselineServer.class.getName(), List.of("--jdbc-url=" + postgres.jdbcUrl(database),
                        "--http-port=" + port, "--mode=" + mode),
                Map.of("BOXOFFICE_API_KEY", API_KEY));
        String url = "http://127.0.0.1:" + port;
        try {
            // The baseline has no cluster to join, so its /health says DOWN; any answer will do.
            server.awaitHttp(url + "/health", status -> status > 0, START_TIMEOUT);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new SystemUnderTest(name, Kind.BASELINE, database, List.of(server), List.of(url));
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public String database() {
        return database;
    }

    public List<String> urls() {
        return urls;
    }

    public List<ChildJvm> processes() {
        return processes;
    }

    /** Stops every process gracefully, the last member first. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }
}
