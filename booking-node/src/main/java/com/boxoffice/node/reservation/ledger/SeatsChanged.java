package com.boxoffice.node.reservation.ledger;

import com.boxoffice.model.SeatStatus;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seats of one show whose status a ledger step changed. The version grows with every change of
 * the ledger, so a listener that hears two messages out of order keeps the newer one per seat.
 */
public record SeatsChanged(long showId, long version, Map<String, SeatStatus> seats)
        implements Serializable {

    public SeatsChanged {
        seats = new TreeMap<>(seats);
    }

    public static SeatsChanged none(long showId) {
        return new SeatsChanged(showId, 0, Map.of());
    }

    /** The step changed nothing at all (as opposed to changing no seat's status). */
    public boolean isNone() {
        return version == 0;
    }

    public boolean isEmpty() {
        return seats.isEmpty();
    }
}
