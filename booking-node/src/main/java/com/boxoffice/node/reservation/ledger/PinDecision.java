package com.boxoffice.node.reservation.ledger;

import java.io.Serializable;

/**
 * What a ledger decided about pinning a reservation for payment.
 */
public sealed interface PinDecision extends Serializable {

    /** The seats are held as PAYING until {@code pinnedUntil}. */
    record Pinned(long pinnedUntil, SeatsChanged changes) implements PinDecision {
    }

    /** Another payment attempt already pinned it. */
    record InProgress() implements PinDecision {
    }

    /** The hold is gone and some of its seats are sold or held by someone else. */
    record Gone() implements PinDecision {
    }
}
