package com.boxoffice.node.reservation;

import com.boxoffice.model.ReservationStatus;
import com.boxoffice.node.reservation.ledger.HoldState;
import com.boxoffice.node.reservation.ledger.SeatHold;
import com.boxoffice.node.reservation.ledger.SeatLedger;
import com.boxoffice.node.reservation.ledger.SweepResult;
import com.boxoffice.node.reservation.ledger.SweepStep;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.map.IMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frees lapsed seats on the ledgers this member owns, several times a second, then marks the
 * lapsed reservations and tells listeners and waiters. Hazelcast's own expiry events are not
 * used: they can come seconds late, and a hold's end is its stored expiry time anyway.
 */
public final class LedgerSweeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LedgerSweeper.class);

    private final HazelcastReservationEngine engine;
    private final IMap<Long, SeatLedger> ledgers;
    private final IMap<ReservationKey, Reservation> reservations;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    public LedgerSweeper(HazelcastReservationEngine engine, Clock clock) {
        this.engine = engine;
        this.ledgers = engine.ledgers();
        this.reservations = engine.reservations();
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("ledger-sweeper").daemon().factory());
    }

    public void start() {
        long every = engine.settings().sweepInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /** One pass over the ledgers this member owns now. */
    public void sweep() {
        Set<Long> owned = ledgers.localKeySet();
        if (owned.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, SweepResult> results = ledgers.executeOnKeys(owned,
                new SweepStep(engine.waitingCall(now)));
        results.values().forEach(this::followUp);
    }

    private void followUp(SweepResult result) {
        for (SeatHold hold : result.lapsed()) {
            ReservationStatus heldAs = hold.state() == HoldState.PAYING
                    ? ReservationStatus.PAYING : ReservationStatus.RESERVED;
            ReservationKey key = new ReservationKey(hold.reservationId(),
                    result.changes().showId());
            reservations.executeOnKey(key, ReservationTransition.lapsed(heldAs,
                    Instant.ofEpochMilli(hold.expiresAt())));
            log.debug("Hold {} of show {} lapsed", hold.reservationId(), key.showId());
        }
        engine.publishFreed(result.changes());
        engine.lineCalled(result.line());
        if (result.forgotten()) {
            log.info("Forgot the seat ledger of show {}, which is long over",
                    result.changes().showId());
        }
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (HazelcastInstanceNotActiveException e) {
            scheduler.shutdown();
        } catch (RuntimeException e) {
            log.warn("Sweeping seat ledgers failed, retrying on the next round", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
