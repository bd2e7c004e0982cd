package com.boxoffice.node.reservation.ledger;

import java.util.List;

/**
 * Marks a paid reservation's seats as sold.
 */
public final class ConfirmStep extends LedgerStep<SeatsChanged> {

    private final String reservationId;
    private final List<String> seats;

    public ConfirmStep(String reservationId, List<String> seats) {
        this.reservationId = reservationId;
        this.seats = List.copyOf(seats);
    }

    @Override
    SeatsChanged decide(SeatLedger ledger) {
        return ledger.confirm(reservationId, seats);
    }
}
