package com.boxoffice.node.waitlist;

import static org.awaitility.Awaitility.await;

import com.boxoffice.node.NodeHealth;
import com.boxoffice.node.http.ApiCaller;
import com.boxoffice.node.http.ApiKeyCheck;
import com.boxoffice.node.http.HttpServer;
import com.boxoffice.node.http.SingleKeyCheck;
import com.boxoffice.node.reservation.HazelcastReservationEngine;
import com.boxoffice.node.reservation.ReservationSettings;
import com.boxoffice.node.reservation.Reservations;
import com.boxoffice.node.reservation.SoldSeats;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;
import com.boxoffice.node.testing.ApiClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Real Hazelcast members inside the test JVM, each with its reservations and its waiting list,
 * sharing one embedded PostgreSQL as the nodes of a cluster share theirs.
 */
final class WaitlistCluster implements AutoCloseable {

    static final String API_KEY = "waitlist-key-" + UUID.randomUUID();
    /** A second kiosk's key, which may not see or change the waits of {@link #API_KEY}. */
    static final String OTHER_KEY = "waitlist-other-key-" + UUID.randomUUID();

    private static final int PORT_RANGE = 8;

    private final DataSource database;
    private final WaitlistShows shows;
    private final ReservationSettings settings;
    private final Duration maxWait;
    private final String name = "waitlist-" + UUID.randomUUID();
    private final int basePort = ThreadLocalRandom.current().nextInt(10_000, 30_000);
    private final List<Member> members = new ArrayList<>();

    record Member(HazelcastInstance hazelcast, Reservations reservations, Waitlist waitlist,
                  HttpServer http) {

        ApiClient api() {
            return new ApiClient("http://127.0.0.1:" + http.port(), API_KEY);
        }

        HazelcastReservationEngine engine() {
            return reservations.engine();
        }

        HazelcastWaitingList waitingList() {
            return waitlist.waitingList();
        }
    }

    WaitlistCluster(DataSource database, WaitlistShows shows, ReservationSettings settings,
                    Duration maxWait) {
        this.database = database;
        this.shows = shows;
        this.settings = settings;
        this.maxWait = maxWait;
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

    WaitlistCluster start(int count) {
        IntStream.range(0, count).forEach(i -> startMember());
        awaitSafe();
        return this;
    }

    /** Waits until every partition has its backup, so that losing a member loses nothing. */
    void awaitSafe() {
        await().until(() -> members.stream()
                .allMatch(m -> m.hazelcast().getPartitionService().isClusterSafe()));
    }

    private void startMember() {
        HazelcastInstance hazelcast = Hazelcast.newHazelcastInstance(config());
        Reservations reservations = Reservations.start(hazelcast, shows, SoldSeats.none(),
                settings, Clock.systemUTC());
        Waitlist waitlist = Waitlist.start(hazelcast, reservations.engine(), shows, maxWait,
                Clock.systemUTC());
        HttpServer http = HttpServer.start(0, twoKeys(),
                List.of(reservations.routes(ctx -> ApiCaller.of(ctx).keyId()),
                        waitlist.routes(ctx -> ApiCaller.of(ctx).keyId())),
                new NodeHealth(false), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        members.add(new Member(hazelcast, reservations, waitlist, http));
    }

    private static ApiKeyCheck twoKeys() {
        ApiKeyCheck own = new SingleKeyCheck(API_KEY);
        return key -> OTHER_KEY.equals(key)
                ? Optional.of(new ApiCaller("other-kiosk", "Another kiosk"))
                : own.authenticate(key);
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

    /** A member that does not own the show's ledger. */
    Member notOwnerOf(long showId) {
        Member owner = ownerOf(showId);
        return members.stream().filter(m -> m != owner).findFirst().orElseThrow();
    }

    /** Kills a member without warning: no migration, no flush. */
    void kill(Member member) {
        members.remove(member);
        member.http().close();
        member.waitlist().close();
        member.reservations().sweeper().close();
        member.hazelcast().getLifecycleService().terminate();
    }

    @Override
    public void close() {
        members.forEach(m -> m.waitlist().close());
        members.forEach(m -> m.http().close());
        members.forEach(m -> m.reservations().sweeper().close());
        members.forEach(m -> m.hazelcast().getLifecycleService().terminate());
        members.clear();
    }
}
