package com.boxoffice.node.reservation;

import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.SeatPosition;
import com.boxoffice.node.catalog.ShowSnapshot;
import com.boxoffice.node.reservation.ledger.HoldState;
import com.boxoffice.node.reservation.ledger.SeatHold;
import com.boxoffice.node.reservation.ledger.SeatLedger;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a show's ledger when the cluster has none: on the show's first use, and after the
 * whole cluster restarted. Sold seats come from the bookings, open holds from the
 * reservations, which the map loads from PostgreSQL at start.
 */
final class LedgerBuilder {

    private static final Logger log = LoggerFactory.getLogger(LedgerBuilder.class);
    private static final Duration KEEP_AFTER_SHOW = Duration.ofDays(1);

    private final IMap<ReservationKey, Reservation> reservations;
    private final SoldSeats soldSeats;
    private final Clock clock;

    LedgerBuilder(IMap<ReservationKey, Reservation> reservations, SoldSeats soldSeats,
                  Clock clock) {
        this.reservations = reservations;
        this.soldSeats = soldSeats;
        this.clock = clock;
    }

    SeatLedger build(ShowSnapshot show) {
        long now = clock.millis();
        long forgetAfter = show.endsAt().plus(KEEP_AFTER_SHOW).toEpochMilli();
        var labels = show.layout().seats().stream().map(SeatPosition::label).toList();
        // Versions start from the clock so that a rebuilt ledger's changes count as newer.
        SeatLedger ledger = new SeatLedger(show.showId(), labels, forgetAfter, now * 1000);

        ledger.restoreSold(soldSeats.of(show.showId()));
        int restored = 0;
        var sameShow = Predicates.<ReservationKey, Reservation>partitionPredicate(
                show.showId(), Predicates.alwaysTrue());
        for (Reservation reservation : reservations.values(sameShow)) {
            if (reservation.showId() == show.showId() && holdsSeats(reservation, now)) {
                ledger.restore(holdOf(reservation));
                restored++;
            }
        }
        log.info("Built the seat ledger of show {}: {} seats, {} sold, {} open holds",
                show.showId(), labels.size(), ledger.sold().size(), restored);
        return ledger;
    }

    private static boolean holdsSeats(Reservation reservation, long now) {
        return reservation.status().isOpen() && reservation.expiresAt().toEpochMilli() > now;
    }

    private static SeatHold holdOf(Reservation reservation) {
        HoldState state = reservation.status() == ReservationStatus.PAYING
                ? HoldState.PAYING : HoldState.RESERVED;
        return new SeatHold(reservation.reservationId(), reservation.sessionId(),
                reservation.seats(), reservation.expiresAt().toEpochMilli(), state, 0);
    }
}
