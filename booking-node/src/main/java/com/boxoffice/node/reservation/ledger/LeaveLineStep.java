package com.boxoffice.node.reservation.ledger;

/**
 * Takes a customer off the show's waiting line, giving back an offer not yet being paid. The
 * caller's key is checked in the same step, so that another key changes nothing.
 */
public final class LeaveLineStep extends LedgerStep<LeaveDecision> {

    private final String waitId;
    private final String callerKeyId;
    private final long now;

    public LeaveLineStep(String waitId, String callerKeyId, long now) {
        this.waitId = waitId;
        this.callerKeyId = callerKeyId;
        this.now = now;
    }

    @Override
    LeaveDecision decide(SeatLedger ledger) {
        return ledger.leaveLine(waitId, callerKeyId, now);
    }
}
