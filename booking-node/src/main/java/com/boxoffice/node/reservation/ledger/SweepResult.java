package com.boxoffice.node.reservation.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * The holds a sweep found lapsed and removed, and what that did to the seats.
 *
 * @param forgotten the show ended long ago and its ledger was removed
 */
public record SweepResult(List<SeatHold> lapsed, SeatsChanged changes, boolean forgotten)
        implements Serializable {

    public SweepResult {
        lapsed = List.copyOf(lapsed);
    }
}
