package com.boxoffice.node.reservation.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * What a ledger needs to call its waiting customers: the time, how long an offer stands, and
 * fresh random id parts for the offers' reservations. They arrive as arguments because the
 * step is replayed on the backup, which must decide alike.
 *
 * @param offerIds random suffixes; a call makes at most this many offers, the next the rest
 */
public record WaitingCall(long now, long offerUntil, List<String> offerIds)
        implements Serializable {

    public WaitingCall {
        offerIds = List.copyOf(offerIds);
    }
}
