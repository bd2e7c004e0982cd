package com.boxoffice.node.reservation.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * The holds a sweep found lapsed and removed, what that did to the seats, and what calling the
 * waiting line did.
 *
 * @param forgotten the show ended long ago and its ledger was removed
 */
public record SweepResult(List<SeatHold> lapsed, SeatsChanged changes, boolean forgotten,
                          LineChanges line) implements Serializable {

    public SweepResult {
        lapsed = List.copyOf(lapsed);
    }

    public SweepResult(List<SeatHold> lapsed, SeatsChanged changes, boolean forgotten) {
        this(lapsed, changes, forgotten, LineChanges.none(changes.showId()));
    }

    SweepResult withLine(LineChanges calls) {
        return new SweepResult(lapsed, changes, forgotten, calls);
    }
}
