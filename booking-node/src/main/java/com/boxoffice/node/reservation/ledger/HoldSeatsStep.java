package com.boxoffice.node.reservation.ledger;

import java.util.List;

/**
 * Holds every asked seat for a new reservation, or none.
 */
public final class HoldSeatsStep extends LedgerStep<HoldDecision> {

    private final long now;
    private final String reservationId;
    private final String sessionId;
    private final List<String> seats;
    private final long expiresAt;
    private final int maxOpenPerSession;

    public HoldSeatsStep(long now, String reservationId, String sessionId, List<String> seats,
                         long expiresAt, int maxOpenPerSession) {
        this.now = now;
        this.reservationId = reservationId;
        this.sessionId = sessionId;
        this.seats = List.copyOf(seats);
        this.expiresAt = expiresAt;
        this.maxOpenPerSession = maxOpenPerSession;
    }

    @Override
    HoldDecision decide(SeatLedger ledger) {
        return ledger.hold(now, reservationId, sessionId, seats, expiresAt, maxOpenPerSession);
    }
}
