package com.boxoffice.node.reservation.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * One reservation's seats on a ledger. The hold counts until {@code expiresAt} (epoch
 * milliseconds) and not a moment longer, whether or not a sweep has removed it yet.
 *
 * @param remainingMillis while PAYING: the time the hold had left when it was pinned
 */
public record SeatHold(String reservationId, String sessionId, List<String> seats,
                       long expiresAt, HoldState state, long remainingMillis)
        implements Serializable {

    public SeatHold {
        seats = List.copyOf(seats);
    }

    public boolean isLiveAt(long now) {
        return expiresAt > now;
    }

    SeatHold pinned(long now, long pinnedUntil) {
        long remaining = Math.max(0, expiresAt - now);
        return new SeatHold(reservationId, sessionId, seats, pinnedUntil, HoldState.PAYING,
                remaining);
    }

    SeatHold unpinned(long now) {
        return new SeatHold(reservationId, sessionId, seats, now + remainingMillis,
                HoldState.RESERVED, 0);
    }
}
