package com.boxoffice.bench;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floors a figure is judged against, measured on this machine in the same run: a loopback
 * round trip, one partition-local Hazelcast entry processor, and PostgreSQL's commits per
 * second (one connection, and as many as a node's pool).
 */
public record Limits(double loopbackRttMicros, double hazelcastOpMicros, double pgCommitsOne,
                     double pgCommitsPool) {

    public static Limits measure(BenchPostgres postgres, boolean shortRun) {
        int rounds = shortRun ? 2_000 : 20_000;
        long commitMillis = shortRun ? 500 : 3_000;
        return new Limits(loopbackRoundTrip(rounds), hazelcastOperation(rounds),
                commitsPerSecond(postgres, 1, commitMillis),
                commitsPerSecond(postgres, 10, commitMillis));
    }

    public void addTo(Summary summary) {
        summary.put("loopback_rtt_us", loopbackRttMicros)
                .put("hz_entry_op_us", hazelcastOpMicros)
                .put("pg_commits_per_s_1conn", pgCommitsOne)
                .put("pg_commits_per_s_10conn", pgCommitsPool);
    }

    /** Median of one-byte ping-pongs over a loopback TCP connection. */
    static double loopbackRoundTrip(int rounds) {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread echo = Thread.ofPlatform().daemon().start(() -> echo(server));
            Latencies latencies = new Latencies();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(),
                    server.getLocalPort())) {
                socket.setTcpNoDelay(true);
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                for (int i = 0; i < rounds; i++) {
                    long started = System.nanoTime();
                    out.write(1);
                    out.flush();
                    in.read();
                    latencies.record(System.nanoTime() - started);
                }
            }
            echo.join(1000);
            return latencies.percentileMillis(50) * 1000;
        } catch (IOException e) {
            throw new UncheckedIOException("loopback probe failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private static void echo(ServerSocket server) {
        try (Socket socket = server.accept()) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                out.write(b);
                out.flush();
            }
        } catch (IOException e) {
            // The probe closed its end.
        }
    }

    /** Median of an entry processor on a key this lone member owns, invoked from its JVM. */
    static double hazelcastOperation(int rounds) {
        Config config = new Config();
        config.setClusterName("limits-" + UUID.randomUUID());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.getNetworkConfig().setPort(ChildJvm.freePort()).setPortAutoIncrement(true);
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true)
                .addMember("127.0.0.1");
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        try {
            IMap<Long, Long> map = member.getMap("limits");
            map.put(1L, 0L);
            Latencies latencies = new Latencies();
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                map.executeOnKey(1L, new Increment());
                latencies.record(System.nanoTime() - started);
            }
            return latencies.percentileMillis(50) * 1000;
        } finally {
            member.shutdown();
        }
    }

    /** The smallest change an entry processor can make. */
    static final class Increment implements EntryProcessor<Long, Long, Long> {
        @Override
        public Long process(Map.Entry<Long, Long> entry) {
            entry.setValue(entry.getValue() + 1);
            return entry.getValue();
        }
    }

    /** One-row inserts, each its own transaction, from {@code connections} threads at once. */
    static double commitsPerSecond(BenchPostgres postgres, int connections, long millis) {
        String database = "limits_" + connections;
        postgres.createDatabase(database);
        try (Connection setup = postgres.connect(database);
             Statement statement = setup.createStatement()) {
            statement.execute("create table commits (id bigint, at timestamptz default now())");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the commit probe", e);
        }
        AtomicLong commits = new AtomicLong();
        long deadline = System.nanoTime() + millis * 1_000_000;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            threads.add(Thread.ofPlatform().start(() -> insertUntil(postgres, database, deadline,
                    commits)));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return commits.get() * 1000.0 / millis;
    }

    private static void insertUntil(BenchPostgres postgres, String database, long deadline,
                                    AtomicLong commits) {
        try (Connection db = postgres.connect(database);
             PreparedStatement insert = db.prepareStatement("insert into commits (id) values (?)")) {
            long i = 0;
            while (System.nanoTime() < deadline) {
                insert.setLong(1, i++);
                insert.executeUpdate();
                commits.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("commit probe failed", e);
        }
    }
}
