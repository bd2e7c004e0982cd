package com.boxoffice.kiosk;

import com.boxoffice.model.HallRef;
import com.boxoffice.model.Money;
import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.TicketType;
import com.boxoffice.node.NodeHealth;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
import com.boxoffice.node.http.ApiCaller;
import com.boxoffice.node.http.HttpServer;
import com.boxoffice.node.http.SingleKeyCheck;
import com.boxoffice.node.reservation.HoldOutcome;
import com.boxoffice.node.reservation.ReservationEngine.HoldRequest;
import com.boxoffice.node.reservation.ReservationSettings;
import com.boxoffice.node.reservation.Reservations;
import com.boxoffice.node.reservation.SoldSeats;
import com.boxoffice.node.waitlist.HazelcastWaitingList;
import com.boxoffice.node.waitlist.Waitlist;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A real booking-node member in the test JVM with the parts a waiting customer meets: seats,
 * holds and the waiting list over HTTP, on its own embedded PostgreSQL, selling two shows of
 * one row of seats each.
 */
final class WaitingNode implements AutoCloseable {

    static final String API_KEY = "kiosk-wait-" + UUID.randomUUID();
    static final long FIRST_SHOW = 41;
    static final long SECOND_SHOW = 42;

    private final EmbeddedPostgres postgres;
    private final HazelcastInstance member;
    private final Reservations reservations;
    private final Waitlist waitlist;
    private final HttpServer http;
    private final Map<Long, ShowSnapshot> shows;

    private WaitingNode(EmbeddedPostgres postgres, HazelcastInstance member,
                        Reservations reservations, Waitlist waitlist, HttpServer http,
                        Map<Long, ShowSnapshot> shows) {
        this.postgres = postgres;
        this.member = member;
        this.reservations = reservations;
        this.waitlist = waitlist;
        this.http = http;
        this.shows = shows;
    }

    static WaitingNode start(int seats) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver(WaitingNode::postgresBinary).start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration").load().migrate();
        Map<Long, ShowSnapshot> shows = Map.of(FIRST_SHOW, show(FIRST_SHOW, seats),
                SECOND_SHOW, show(SECOND_SHOW, seats));
        ShowCatalog catalog = id -> Optional.ofNullable(shows.get(id));

        Config config = config();
        Reservations.clusterConfig(postgres.getPostgresDatabase()).accept(config);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        Reservations reservations = Reservations.start(member, catalog, SoldSeats.none(),
                ReservationSettings.defaults(), Clock.systemUTC());
        Waitlist waitlist = Waitlist.start(member, reservations.engine(), catalog,
                Duration.ofHours(1), Clock.systemUTC());
        HttpServer http = HttpServer.start(0, new SingleKeyCheck(API_KEY),
                List.of(reservations.routes(ctx -> ApiCaller.of(ctx).keyId()),
                        waitlist.routes(ctx -> ApiCaller.of(ctx).keyId())),
                new NodeHealth(false), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        return new WaitingNode(postgres, member, reservations, waitlist, http, shows);
    }

    /**
     * In a full build the packaged node jar carries PostgreSQL's binaries as well as their own
     * jar, which the default lookup refuses as a duplicate; either copy will do.
     */
    private static InputStream postgresBinary(String system, String hardware) throws IOException {
        String name = "/postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware + ".txz";
        InputStream binary = WaitingNode.class.getResourceAsStream(name);
        if (binary == null) {
            throw new IOException("no embedded PostgreSQL binary " + name + " on the class path");
        }
        return binary;
    }

    private static ShowSnapshot show(long showId, int seats) {
        Instant startsAt = Instant.now().plus(Duration.ofDays(1));
        return new ShowSnapshot(showId, 7, "The Long Wait", 3, "Roxy Lichtspiele",
                new HallRef(2, "Saal 2"), SeatLayout.rectangle(1, seats),
                Map.of(SeatType.REGULAR, Money.of(1100, "EUR"),
                        SeatType.PREMIUM, Money.of(1400, "EUR"),
                        SeatType.ACCESSIBLE, Money.of(1100, "EUR")),
                Map.of(TicketType.CHILD, 30), 1900, startsAt,
                startsAt.plus(Duration.ofHours(2)), ZoneId.of("Europe/Berlin"));
    }

    private static Config config() {
        Config config = new Config();
        config.setClusterName("kiosk-wait-" + UUID.randomUUID());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.getNetworkConfig().setPort(ThreadLocalRandom.current().nextInt(30_000, 40_000))
                .setPortAutoIncrement(true);
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(List.of("127.0.0.1"));
        return config;
    }

    ShowSnapshot show(long showId) {
        return shows.get(showId);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + http.port());
    }

    /** Holds a seat for another customer; answers the reservation id. */
    String holdForSomeoneElse(long showId, String seat) {
        HoldOutcome outcome = reservations.engine().hold(new HoldRequest(showId,
                "someone-" + UUID.randomUUID(), List.of(seat), Map.of(), "other"));
        return ((HoldOutcome.Reserved) outcome).reservation().reservationId();
    }

    void release(String reservationId) {
        reservations.engine().release(reservationId);
    }

    HazelcastWaitingList waitingList() {
        return waitlist.waitingList();
    }

    @Override
    public void close() throws IOException {
        waitlist.close();
        reservations.events().close();
        http.close();
        reservations.close();
        member.getLifecycleService().terminate();
        postgres.close();
    }
}
