package com.boxoffice.node.reservation;

import java.util.Set;

/**
 * The seats of a show that are sold, as the bookings in the database say; read when a show's
 * ledger is built (first use, or after the whole cluster restarted).
 */
@FunctionalInterface
public interface SoldSeats {

    Set<String> of(long showId);

    /** For a node without bookings yet. */
    static SoldSeats none() {
        return showId -> Set.of();
    }
}
