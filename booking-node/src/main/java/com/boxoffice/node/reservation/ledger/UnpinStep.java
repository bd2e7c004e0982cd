package com.boxoffice.node.reservation.ledger;

/**
 * Makes a pinned reservation RESERVED again with the time it had left; answers its new
 * expiry in epoch milliseconds, or -1 when it was not pinned.
 */
public final class UnpinStep extends LedgerStep<Long> {

    private final String reservationId;
    private final long now;

    public UnpinStep(String reservationId, long now) {
        this.reservationId = reservationId;
        this.now = now;
    }

    @Override
    Long decide(SeatLedger ledger) {
        return ledger.unpin(reservationId, now).orElse(-1L);
    }
}
