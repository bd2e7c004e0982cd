package com.boxoffice.node.reservation;

import static org.awaitility.Awaitility.await;

import com.boxoffice.node.NodeHealth;
import com.boxoffice.node.http.ApiCaller;
import com.boxoffice.node.http.HttpServer;
import com.boxoffice.node.http.SingleKeyCheck;
import com.boxoffice.node.testing.ApiClient;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Real Hazelcast members inside the test JVM, each with its own reservation feature, sharing
 * one embedded PostgreSQL as the nodes of a cluster share theirs.
 */
final class TestCluster implements AutoCloseable {

    static final String API_KEY = "reservation-test-key";

    private static final int PORT_RANGE = 8;

    private final DataSource database;
    private final TestShows shows;
    private final ReservationSettings settings;
    private final String name = "reservations-" + UUID.randomUUID();
    private final int basePort = ThreadLocalRandom.current().nextInt(10_000, 30_000);
    private final List<Member> members = new ArrayList<>();

    record Member(HazelcastInstance hazelcast, Reservations reservations, HttpServer http) {

        HazelcastReservationEngine engine() {
            return reservations.engine();
        }

        /** A customer's client of this member's HTTP API. */
        ApiClient client() {
            return new ApiClient("http://127.0.0.1:" + http.port(), API_KEY);
        }

        void stop() {
            reservations.events().close();
            http.close();
            reservations.close();
        }
    }

    TestCluster(DataSource database, TestShows shows, ReservationSettings settings) {
        this.database = database;
        this.shows = shows;
        this.settings = settings;
    }

    static EmbeddedPostgres startDatabase() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Flyway.configure().dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration").load().migrate();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts members one after another until the cluster has {@code count} more. */
    TestCluster start(int count) {
        IntStream.range(0, count).forEach(i -> startMember());
        awaitSafe();
        return this;
    }

    /** Waits until every partition has its backup, so that losing a member loses nothing. */
    void awaitSafe() {
        await().until(() -> members.stream()
                .allMatch(m -> m.hazelcast().getPartitionService().isClusterSafe()));
    }

    Member startMember() {
        HazelcastInstance hazelcast = Hazelcast.newHazelcastInstance(config());
        Reservations reservations = Reservations.start(hazelcast, shows, SoldSeats.none(),
                settings, Clock.systemUTC());
        NodeHealth health = new NodeHealth(false);
        health.joined(hazelcast);
        health.migrated("test");
        HttpServer http = HttpServer.start(0, new SingleKeyCheck(API_KEY),
                List.of(reservations.routes(ctx -> ApiCaller.of(ctx).keyId())), health,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        Member member = new Member(hazelcast, reservations, http);
        members.add(member);
        return member;
    }

    private Config config() {
        Config config = new Config();
        config.setClusterName(name);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.getNetworkConfig().setPort(basePort).setPortAutoIncrement(true)
                .setPortCount(PORT_RANGE);
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(IntStream.range(0, PORT_RANGE)
                .mapToObj(i -> "127.0.0.1:" + (basePort + i)).toList());
        Reservations.clusterConfig(database).accept(config);
        return config;
    }

    List<Member> members() {
        return List.copyOf(members);
    }

    Member member(int index) {
        return members.get(index);
    }

    /** The member that owns the show's ledger right now. */
    Member ownerOf(long showId) {
        Partition partition = members.getFirst().hazelcast().getPartitionService()
                .getPartition(showId);
        return members.stream()
                .filter(m -> m.hazelcast().getCluster().getLocalMember()
                        .equals(partition.getOwner()))
                .findFirst().orElseThrow();
    }

    /** Kills a member without warning: no migration, no flush. */
    void kill(Member member) {
        members.remove(member);
        member.reservations().sweeper().close();
        member.hazelcast().getLifecycleService().terminate();
        member.reservations().events().close();
        member.http().close();
    }

    /** Stops every member the way SIGTERM does: HTTP, flush, then leave gracefully. */
    void shutDown() {
        members.forEach(Member::stop);
        members.forEach(m -> m.hazelcast().shutdown());
        members.clear();
    }

    @Override
    public void close() {
        members.forEach(m -> m.reservations().events().close());
        members.forEach(m -> m.http().close());
        members.forEach(m -> m.reservations().sweeper().close());
        members.forEach(m -> m.hazelcast().getLifecycleService().terminate());
        members.clear();
    }
}
