package com.boxoffice.node.reservation.ledger;

import java.util.List;

/**
 * Puts the seats of a cancelled booking on sale again.
 */
public final class FreeSoldStep extends LedgerStep<SeatsChanged> {

    private final List<String> seats;
    private final long now;

    public FreeSoldStep(List<String> seats, long now) {
        this.seats = List.copyOf(seats);
        this.now = now;
    }

    @Override
    SeatsChanged decide(SeatLedger ledger) {
        return ledger.freeSold(seats, now);
    }
}
