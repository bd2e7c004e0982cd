package com.boxoffice.node.reservation.ledger;

/**
 * Takes a customer off the show's waiting line, giving back an offer not yet being paid.
 */
public final class LeaveLineStep extends LedgerStep<LeaveDecision> {

    private final String waitId;
    private final long now;

    public LeaveLineStep(String waitId, long now) {
        this.waitId = waitId;
        this.now = now;
    }

    @Override
    LeaveDecision decide(SeatLedger ledger) {
        return ledger.leaveLine(waitId, now);
    }
}
