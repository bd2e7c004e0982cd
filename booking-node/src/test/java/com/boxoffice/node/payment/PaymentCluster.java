package com.boxoffice.node.payment;

import static org.awaitility.Awaitility.await;

import com.boxoffice.node.NodeHealth;
import com.boxoffice.node.http.ApiCaller;
import com.boxoffice.node.http.ApiRoutes;
import com.boxoffice.node.http.HttpServer;
import com.boxoffice.node.http.SingleKeyCheck;
import com.boxoffice.node.reservation.BookedSeats;
import com.boxoffice.node.reservation.HazelcastReservationEngine;
import com.boxoffice.node.reservation.Reservations;
import com.boxoffice.node.reservation.ReservationSettings;
import com.boxoffice.node.testing.ApiClient;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * Real Hazelcast members in the test JVM, each with the reservation engine and the payments
 * feature as a node wires them, all sharing one PostgreSQL. Two instances with their own names
 * are two clusters that cannot see each other's holds: a split brain.
 */
final class PaymentCluster implements AutoCloseable {

    static final String API_KEY = "payment-test-key";

    private static final int PORT_RANGE = 6;

    private final DataSource dataSource;
    private final SessionFactory sessions;
    private final TestShows shows;
    private final ReservationSettings reservationSettings;
    private final PaymentSettings paymentSettings;
    private final String name = "payments-" + UUID.randomUUID();
    private final int basePort = ThreadLocalRandom.current().nextInt(10_000, 30_000);
    private final List<Member> members = new ArrayList<>();

    /** One member: its engine, its payments, the terminal it pays through, its HTTP API. */
    record Member(HazelcastInstance hazelcast, Reservations reservations, Payments payments,
                  HaltingTerminal terminal, HttpServer http) {

        HazelcastReservationEngine engine() {
            return reservations.engine();
        }

        /** A customer's client of this member's HTTP API. */
        ApiClient client() {
            return new ApiClient("http://127.0.0.1:" + http.port(), API_KEY);
        }
    }

    PaymentCluster(PaymentDatabase database, TestShows shows,
                   ReservationSettings reservationSettings, PaymentSettings paymentSettings) {
        this.dataSource = database.dataSource();
        this.sessions = database.sessions();
        this.shows = shows;
        this.reservationSettings = reservationSettings;
        this.paymentSettings = paymentSettings;
    }

    PaymentCluster start(int count) {
        IntStream.range(0, count).forEach(i -> startMember());
        await().until(() -> members.stream()
                .allMatch(m -> m.hazelcast().getPartitionService().isClusterSafe()));
        return this;
    }

    Member startMember() {
        HazelcastInstance hazelcast = Hazelcast.newHazelcastInstance(config());
        Clock clock = Clock.systemUTC();
        Reservations reservations = Reservations.start(hazelcast, shows,
                new BookedSeats(dataSource), reservationSettings, clock);
        HaltingTerminal terminal = new HaltingTerminal(new DemoPaymentTerminal(sessions, clock));
        Payments payments = new Payments(sessions, reservations.engine(), shows, terminal, clock,
                paymentSettings);
        payments.startRecovery();
        List<ApiRoutes> routes = new ArrayList<>(payments.routes());
        routes.add(reservations.routes(ctx -> ApiCaller.of(ctx).keyId()));
        NodeHealth health = new NodeHealth(false);
        health.joined(hazelcast);
        health.migrated("test");
        HttpServer http = HttpServer.start(0, new SingleKeyCheck(API_KEY), routes, health,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        Member member = new Member(hazelcast, reservations, payments, terminal, http);
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
        Reservations.clusterConfig(dataSource).accept(config);
        return config;
    }

    Member member(int index) {
        return members.get(index);
    }

    /** Kills a member without warning: its payments stop wherever they are. */
    void kill(Member member) {
        members.remove(member);
        member.payments().close();
        member.reservations().sweeper().close();
        member.hazelcast().getLifecycleService().terminate();
        member.http().close();
    }

    @Override
    public void close() {
        members.forEach(m -> m.payments().close());
        members.forEach(m -> m.reservations().sweeper().close());
        members.forEach(m -> m.hazelcast().getLifecycleService().terminate());
        members.forEach(m -> m.http().close());
        members.clear();
    }
}
