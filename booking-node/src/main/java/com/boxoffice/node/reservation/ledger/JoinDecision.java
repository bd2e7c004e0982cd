package com.boxoffice.node.reservation.ledger;

import java.io.Serializable;

/**
 * What a ledger decided about a customer asking to wait.
 */
public sealed interface JoinDecision extends Serializable {

    /** The customer is in line at {@code position} (from 1). */
    record Joined(WaitingCustomer customer, int position) implements JoinDecision {
    }

    /** Enough seats are free right now: the customer should reserve them instead. */
    record SeatsFree(int free) implements JoinDecision {
    }

    /** Fewer seats are left unsold than asked: waiting cannot help. */
    record ShowFull(int unsold) implements JoinDecision {
    }

    /** The session already waits (or holds an offer) for this show. */
    record AlreadyWaiting(String waitId) implements JoinDecision {
    }
}
