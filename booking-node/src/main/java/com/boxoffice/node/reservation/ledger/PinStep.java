package com.boxoffice.node.reservation.ledger;

import java.util.List;

/**
 * Pins a reservation as PAYING so that it cannot lapse while the payment terminal is asked.
 */
public final class PinStep extends LedgerStep<PinDecision> {

    private final long now;
    private final String reservationId;
    private final String sessionId;
    private final List<String> seats;
    private final long pinnedUntil;

    public PinStep(long now, String reservationId, String sessionId, List<String> seats,
                   long pinnedUntil) {
        this.now = now;
        this.reservationId = reservationId;
        this.sessionId = sessionId;
        this.seats = List.copyOf(seats);
        this.pinnedUntil = pinnedUntil;
    }

    @Override
    PinDecision decide(SeatLedger ledger) {
        return ledger.pin(now, reservationId, sessionId, seats, pinnedUntil);
    }
}
