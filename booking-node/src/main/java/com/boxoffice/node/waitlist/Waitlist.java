package com.boxoffice.node.waitlist;

import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.reservation.HazelcastReservationEngine;
import com.boxoffice.node.reservation.ReservationMaps;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waiting-list feature of one node. Its customers live on the shows' seat ledgers (no map
 * of its own), so they have the ledgers' backups; the reservation sweeper calls them. A node
 * starts this after its reservations and closes it before its HTTP server drains.
 */
public final class Waitlist implements AutoCloseable {

    public static final String CHANGES_TOPIC = "waitlist-changes";

    private static final Logger log = LoggerFactory.getLogger(Waitlist.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final HazelcastWaitingList waitingList;
    private final WaitlistEventStream events;

    private Waitlist(HazelcastWaitingList waitingList, WaitlistEventStream events) {
        this.waitingList = waitingList;
        this.events = events;
    }

    /** @param maxWait the longest anybody waits before being told EXPIRED */
    public static Waitlist start(HazelcastInstance member, HazelcastReservationEngine engine,
                                 ShowCatalog catalog, Duration maxWait, Clock clock) {
        ITopic<WaitlistChanged> topic = member.getTopic(CHANGES_TOPIC);
        var waitingList = new HazelcastWaitingList(engine, ReservationMaps.ledgers(member),
                catalog, topic, maxWait, clock);
        var events = new WaitlistEventStream(topic, waitingList::find, HEARTBEAT);
        log.info("Waiting list started: offers stand {}, nobody waits longer than {}",
                engine.settings().offerWindow(), maxWait);
        return new Waitlist(waitingList, events);
    }

    public HazelcastWaitingList waitingList() {
        return waitingList;
    }

    /**
     * @param apiKeyIdOf the id of the API key a request came with: it owns the wait it joins
     *                   and the offer that wait receives
     */
    public WaitlistRoutes routes(Function<Context, String> apiKeyIdOf) {
        return new WaitlistRoutes(waitingList, events, apiKeyIdOf);
    }

    @Override
    public void close() {
        events.close();
    }
}
