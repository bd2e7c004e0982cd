package com.boxoffice.node.reservation.ledger;

/**
 * Puts a customer on the show's waiting line, if waiting is what the seats call for.
 */
public final class JoinLineStep extends LedgerStep<JoinDecision> {

    private final long now;
    private final WaitingCustomer customer;

    public JoinLineStep(long now, WaitingCustomer customer) {
        this.now = now;
        this.customer = customer;
    }

    @Override
    JoinDecision decide(SeatLedger ledger) {
        return ledger.joinLine(now, customer);
    }
}
