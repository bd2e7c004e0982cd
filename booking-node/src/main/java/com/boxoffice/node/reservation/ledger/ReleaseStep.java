package com.boxoffice.node.reservation.ledger;

/**
 * Gives a reservation's seats back; answers the change, or an empty one when nothing was held.
 */
public final class ReleaseStep extends LedgerStep<SeatsChanged> {

    private final String reservationId;
    private final long now;

    public ReleaseStep(String reservationId, long now) {
        this.reservationId = reservationId;
        this.now = now;
    }

    @Override
    SeatsChanged decide(SeatLedger ledger) {
        return ledger.release(reservationId, now).orElse(SeatsChanged.none(ledger.showId()));
    }
}
