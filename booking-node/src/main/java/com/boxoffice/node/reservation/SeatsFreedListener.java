package com.boxoffice.node.reservation;

import java.util.List;

/**
 * Told on the member that freed them when seats of a show become free (a hold lapsed or was
 * released, a booking was cancelled), so that waiting customers can be offered them.
 */
@FunctionalInterface
public interface SeatsFreedListener {

    void seatsFreed(long showId, List<String> seats);
}
