package com.boxoffice.node;

import com.boxoffice.node.admin.AdminRoutes;
import com.boxoffice.node.admin.CatalogAdminRoutes;
import com.boxoffice.node.admin.LoginThrottle;
import com.boxoffice.node.admin.ManagerSessions;
import com.boxoffice.node.admin.ManagerStore;
import com.boxoffice.node.admin.SalesReports;
import com.boxoffice.node.apikey.ApiKeyStore;
import com.boxoffice.node.apikey.KeyTerms;
import com.boxoffice.node.apikey.RequestQuota;
import com.boxoffice.node.apikey.SeatCap;
import com.boxoffice.node.apikey.SeatCapRoutes;
import com.boxoffice.node.apikey.StoredKeyCheck;
import com.boxoffice.node.catalog.CatalogRoutes;
import com.boxoffice.node.catalog.CatalogService;
import com.boxoffice.node.catalog.HallDirectory;
import com.boxoffice.node.catalog.MovieCatalog;
import com.boxoffice.node.catalog.ShowScheduler;
import com.boxoffice.node.cluster.ClusterMember;
import com.boxoffice.node.demo.DemoCatalog;
import com.boxoffice.node.http.ApiCaller;
import com.boxoffice.node.http.ApiRoutes;
import com.boxoffice.node.http.HttpServer;
import com.boxoffice.node.http.OpenApiRoutes;
import com.boxoffice.node.payment.DemoPaymentTerminal;
import com.boxoffice.node.payment.PaymentWiring;
import com.boxoffice.node.payment.Payments;
import com.boxoffice.node.persistence.Database;
import com.boxoffice.node.persistence.Hibernate;
import com.boxoffice.node.persistence.Migrations;
import com.boxoffice.node.persistence.Transactions;
import com.boxoffice.node.reservation.BookedSeats;
import com.boxoffice.node.reservation.ReservationSettings;
import com.boxoffice.node.reservation.Reservations;
import com.boxoffice.node.search.SearchMovies;
import com.boxoffice.node.search.SearchRoutes;
import com.boxoffice.node.waitlist.Waitlist;
import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running booking node: its database, its Hazelcast member and its HTTP API, wired together.
 * Tests start one in-process with {@link #start(NodeOptions)}; {@link #close()} shuts it down
 * in the order that loses nothing: HTTP first, then the member, then the database.
 */
public final class BookingNode implements AutoCloseable {

    public static final String API_KEY_ENVIRONMENT = "BOXOFFICE_API_KEY";

    private static final Logger log = LoggerFactory.getLogger(BookingNode.class);

    private final NodeOptions options;
    private final Parts parts;
    private final Clock clock;
    private final PrometheusMeterRegistry meters;
    private final Database database;
    private final Transactions transactions;
    private final HazelcastInstance hazelcast;
    private final HttpServer http;
    private final NodeHealth health;
    private final CatalogService catalog;
    private final String demoApiKey;
    private final ApiKeyStore apiKeys;
    private final ManagerStore managers;
    private final SeatCap seatCap;
    private final Reservations reservations;
    private final Payments payments;
    private boolean closed;

    private BookingNode(NodeOptions options, Parts parts, Wiring wiring) {
        this.options = options;
        this.parts = parts;
        this.clock = wiring.clock;
        this.meters = wiring.meters;
        this.database = wiring.database;
        this.transactions = wiring.transactions;
        this.hazelcast = wiring.hazelcast;
        this.http = wiring.http;
        this.health = wiring.health;
        this.catalog = wiring.catalog;
        this.demoApiKey = wiring.demoApiKey;
        this.apiKeys = wiring.apiKeys;
        this.managers = wiring.managers;
        this.seatCap = wiring.seatCap;
        this.reservations = wiring.reservations;
        this.payments = wiring.payments;
    }

    /** Starts a node and returns once it serves HTTP; a part that fails stops those started. */
    public static BookingNode start(NodeOptions options) {
        return start(options, PaymentWiring.defaults());
    }

    /** Starts a node that takes payments as {@code payments} says (tests stop them half-way). */
    public static BookingNode start(NodeOptions options, PaymentWiring payments) {
        log.info("Starting booking node with {}", options);
        Parts parts = new Parts();
        try {
            Wiring wiring = wire(options, payments, parts);
            return new BookingNode(options, parts, wiring);
        } catch (RuntimeException | Error e) {
            log.error("Booking node failed to start; stopping the parts already started", e);
            parts.closeAll();
            throw e;
        }
    }

    private static Wiring wire(NodeOptions options, PaymentWiring payments, Parts parts) {
        Wiring w = new Wiring();
        w.clock = Clock.systemUTC();
        w.meters = newMeterRegistry();
        w.health = new NodeHealth(options.demo());

        w.database = parts.add("database", Database.open(options, w.meters));
        DataSource dataSource = w.database.dataSource();
        w.health.migrated(Migrations.migrate(dataSource));

        // Features add their map configurations here, before the member starts.
        List<Consumer<Config>> clusterConfig = List.of(RequestQuota::configure,
                SeatCap::configure, Reservations.clusterConfig(dataSource),
                ManagerSessions::configure, LoginThrottle::configure);
        // The member joins while Hibernate boots: each spends seconds loading its classes.
        CompletableFuture<HazelcastInstance> joining =
                ClusterMember.startInBackground(options, clusterConfig);
        SessionFactory sessionFactory = bootHibernate(dataSource, joining);
        parts.onClose("session factory", sessionFactory::close);
        w.transactions = new Transactions(sessionFactory, dataSource);
        w.hazelcast = ClusterMember.await(joining);
        parts.onClose("Hazelcast member", () -> shutDownMember(w.hazelcast));
        w.health.joined(w.hazelcast);

        w.catalog = new CatalogService(w.transactions, w.clock);
        if (options.demo()) {
            new DemoCatalog(w.transactions, w.clock).load();
            w.health.demoLoaded();
        }

        w.demoApiKey = demoKey(options);
        w.apiKeys = new ApiKeyStore(w.transactions, w.clock);
        if (w.demoApiKey != null) {
            w.apiKeys.registerDemoKey(w.demoApiKey, demoKeyTerms(options));
        }
        w.managers = new ManagerStore(w.transactions, w.clock);
        if (options.demo()) {
            w.managers.registerDemoManager();
        }
        StoredKeyCheck keys = new StoredKeyCheck(w.apiKeys, new RequestQuota(w.hazelcast,
                w.clock), StoredKeyCheck.DEFAULT_CACHE_TTL, w.clock);
        w.seatCap = new SeatCap(w.hazelcast, keys::seatCapOf, options.holdTtl(), w.clock);

        // Closed before the member leaves, so that reservations are written to the database.
        w.reservations = parts.add("reservations", Reservations.start(w.hazelcast, w.catalog,
                new BookedSeats(dataSource), reservationSettings(options), w.clock));
        Waitlist waitlist = Waitlist.start(w.hazelcast, w.reservations.engine(), w.catalog,
                options.maxWait(), w.clock);
        // Closed before reservations: recovery stops before the engine it tells does.
        w.payments = parts.add("payments", new Payments(sessionFactory,
                w.reservations.engine(), w.catalog,
                payments.terminal().apply(new DemoPaymentTerminal(sessionFactory, w.clock)),
                w.clock, payments.settings()));
        w.payments.startRecovery();

        SearchMovies search = new SearchMovies(w.database.dataSource(),
                w.reservations.engine()::heldSeats, w.clock);
        // One feature per line: each adds its routes to the server.
        List<ApiRoutes> routes = List.of(
                new OpenApiRoutes(),
                new CatalogRoutes(w.catalog),
                new SeatCapRoutes(w.seatCap),
                w.reservations.routes(ctx -> ApiCaller.of(ctx).keyId()),
                w.payments.paymentRoutes(),
                w.payments.bookingRoutes(),
                waitlist.routes(ctx -> ApiCaller.of(ctx).keyId()),
                new SearchRoutes(search),
                new AdminRoutes(w.managers, new ManagerSessions(w.hazelcast, w.clock),
                        new LoginThrottle(w.hazelcast, w.clock),
                        new SalesReports(w.database.dataSource())),
                new CatalogAdminRoutes(new MovieCatalog(w.transactions),
                        new HallDirectory(w.transactions),
                        new ShowScheduler(w.transactions, w.clock)));
        w.http = parts.add("HTTP server",
                HttpServer.start(options.httpPort(), keys, routes, w.health, w.meters));
        // Seat listeners stay connected for ever; they are closed first so that HTTP can drain.
        parts.onClose("seat listeners", w.reservations.events()::close);
        parts.onClose("waiting-line listeners", waitlist::close);
        return w;
    }

    private static ReservationSettings reservationSettings(NodeOptions options) {
        return ReservationSettings.defaults()
                .withHoldTtl(options.holdTtl())
                .withMaxSeats(options.maxSeats())
                .withMaxOpenPerSession(options.maxOpenReservations())
                .withOfferWindow(options.offerWindow());
    }

    /** The demo key has no seat cap, and a quota only when --demo-quota gives one. */
    private static KeyTerms demoKeyTerms(NodeOptions options) {
        Integer quota = options.demoQuota() > 0 ? options.demoQuota() : null;
        return new KeyTerms("Demo key", "demo", quota, null);
    }

    private static SessionFactory bootHibernate(DataSource dataSource,
                                                CompletableFuture<HazelcastInstance> joining) {
        try {
            return Hibernate.sessionFactory(dataSource);
        } catch (RuntimeException | Error e) {
            ClusterMember.abandon(joining);
            throw e;
        }
    }

    private static PrometheusMeterRegistry newMeterRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        return registry;
    }

    /** The key given in the options (tests), else with --demo the environment's or a random one. */
    private static String demoKey(NodeOptions options) {
        if (options.demoApiKey() != null) {
            return options.demoApiKey();
        }
        if (!options.demo()) {
            return null;
        }
        String fromEnvironment = System.getenv(API_KEY_ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            log.info("Demo API key taken from {}", API_KEY_ENVIRONMENT);
            return fromEnvironment.strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return "demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void shutDownMember(HazelcastInstance member) {
        String id = member.getCluster().getLocalMember().getUuid().toString();
        // Graceful: the partitions this member owns migrate first and write-behind is flushed.
        member.shutdown();
        log.info("Hazelcast member {} left the cluster", id);
    }

    public NodeOptions options() {
        return options;
    }

    public int httpPort() {
        return http.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort();
    }

    /** Every HTTP route this node serves, as "METHOD /path". */
    public List<String> httpRoutes() {
        return http.routes();
    }

    public HazelcastInstance hazelcast() {
        return hazelcast;
    }

    /** The demo key (with --demo or a key given in the options), else null. */
    public String demoApiKey() {
        return demoApiKey;
    }

    /** The API keys in the database, as the operator's command line manages them. */
    public ApiKeyStore apiKeys() {
        return apiKeys;
    }

    /** The managers' accounts, as the operator's command line manages them. */
    public ManagerStore managers() {
        return managers;
    }

    /** Claims a hold's seats under the caller's seat cap; the reservation route asks it. */
    public SeatCap seatCap() {
        return seatCap;
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    public SessionFactory sessionFactory() {
        return transactions.sessionFactory();
    }

    public Transactions transactions() {
        return transactions;
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    /** The catalog: browse queries and the cached show snapshots the engine reads. */
    public CatalogService catalog() {
        return catalog;
    }

    /** Holds and frees seats; payments and bookings go through its engine. */
    public Reservations reservations() {
        return reservations;
    }

    /** Payments, bookings and the recovery of unfinished payments. */
    public Payments payments() {
        return payments;
    }

    public NodeHealth health() {
        return health;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Stops taking requests and lets those in flight finish, shuts the member down gracefully
     * (partitions migrate, write-behind is flushed), then closes the database. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Stopping booking node on port {}", http.port());
        parts.closeAll();
        log.info("Booking node stopped");
    }

    /** The parts started so far, closed in reverse order. */
    private static final class Parts {

        private final Deque<NamedPart> started = new ArrayDeque<>();

        <T extends AutoCloseable> T add(String name, T part) {
            started.push(new NamedPart(name, part));
            return part;
        }

        void onClose(String name, AutoCloseable closing) {
            started.push(new NamedPart(name, closing));
        }

        void closeAll() {
            while (!started.isEmpty()) {
                NamedPart part = started.pop();
                try {
                    part.part().close();
                } catch (Exception e) {
                    log.error("Stopping the {} failed; going on with the rest", part.name(), e);
                }
            }
        }

        private record NamedPart(String name, AutoCloseable part) {
        }
    }

    /** What {@link #start} builds, handed to the constructor in one piece. */
    private static final class Wiring {
        Clock clock;
        PrometheusMeterRegistry meters;
        NodeHealth health;
        Database database;
        Transactions transactions;
        HazelcastInstance hazelcast;
        HttpServer http;
        CatalogService catalog;
        String demoApiKey;
        ApiKeyStore apiKeys;
        ManagerStore managers;
        SeatCap seatCap;
        Reservations reservations;
        Payments payments;
    }
}
