package com.boxoffice.node.reservation.ledger;

import com.boxoffice.model.WaitStatus;
import java.io.Serializable;

/**
 * What a ledger decided about a customer leaving the waiting line.
 */
public sealed interface LeaveDecision extends Serializable {

    /**
     * Off the line; {@code releasedOffer} names the offer given back, or is null.
     *
     * @param freed the offer's seats, free again
     */
    record Left(String releasedOffer, SeatsChanged freed) implements LeaveDecision {
    }

    /** The wait had already ended (expired, served, cancelled): nothing changed. */
    record AlreadyEnded(WaitStatus status) implements LeaveDecision {
    }

    /** The offer is being paid for right now and cannot be given back. */
    record OfferBeingPaid(String reservationId) implements LeaveDecision {
    }

    /** No such customer on this show's line. */
    record Unknown() implements LeaveDecision {
    }
}
