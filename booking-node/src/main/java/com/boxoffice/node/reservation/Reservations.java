package com.boxoffice.node.reservation;

import com.boxoffice.node.catalog.ShowCatalog;
import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reservation feature of one node: its engine, the sweeper of the ledgers this member
 * owns, and the stream of seat changes to this node's listeners.
 *
 * <p>A node adds {@link #clusterConfig} before its member starts, starts this once the member
 * runs, closes {@link #events()} before its HTTP server drains, and closes this before its
 * member leaves, so that reservations are written to the database first.
 */
public final class Reservations implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Reservations.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final HazelcastReservationEngine engine;
    private final LedgerSweeper sweeper;
    private final SeatEventStream events;
    private final ShowCatalog catalog;

    private Reservations(HazelcastReservationEngine engine, LedgerSweeper sweeper,
                         SeatEventStream events, ShowCatalog catalog) {
        this.engine = engine;
        this.sweeper = sweeper;
        this.events = events;
        this.catalog = catalog;
    }

    /** The maps, their backups and the write-behind to {@code database}. */
    public static Consumer<Config> clusterConfig(DataSource database) {
        return config -> ReservationMaps.configure(config, database);
    }

    public static Reservations start(HazelcastInstance member, ShowCatalog catalog,
                                     SoldSeats soldSeats, ReservationSettings settings,
                                     Clock clock) {
        var engine = new HazelcastReservationEngine(member, catalog, soldSeats, settings, clock);
        var sweeper = new LedgerSweeper(engine, clock);
        var events = new SeatEventStream(ReservationMaps.seatEvents(member), HEARTBEAT);
        sweeper.start();
        log.info("Reservations started: holds last {}, at most {} seats each",
                settings.holdTtl(), settings.maxSeats());
        return new Reservations(engine, sweeper, events, catalog);
    }

    public HazelcastReservationEngine engine() {
        return engine;
    }

    public SeatEventStream events() {
        return events;
    }

    public LedgerSweeper sweeper() {
        return sweeper;
    }

    /** @param apiKeyIdOf the id of the API key a request came with */
    public ReservationRoutes routes(Function<Context, String> apiKeyIdOf) {
        return new ReservationRoutes(engine, catalog, events, apiKeyIdOf);
    }

    /** Writes every reservation still waiting to be written to the database now. */
    public void flush() {
        engine.reservations().flush();
    }

    /** Stops sweeping and writes pending reservations to the database. */
    @Override
    public void close() {
        sweeper.close();
        events.close();
        try {
            flush();
            log.info("Reservations written to the database");
        } catch (HazelcastInstanceNotActiveException e) {
            log.warn("Member already stopped; reservations not yet written stay with the backups");
        }
    }
}
