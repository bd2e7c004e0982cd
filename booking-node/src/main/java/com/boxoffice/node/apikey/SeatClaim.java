package com.boxoffice.node.apikey;

import java.time.Instant;

/**
 * Seats claimed under a key's cap for one hold: settled when the hold succeeds, dropped when it
 * is refused.
 */
public final class SeatClaim {

    static final SeatClaim NONE = new SeatClaim(null, null, null);

    private final SeatCap cap;
    private final String keyId;
    private final String claimId;

    SeatClaim(SeatCap cap, String keyId, String claimId) {
        this.cap = cap;
        this.keyId = keyId;
        this.claimId = claimId;
    }

    /** The hold succeeded: its seats count until the reservation's hold lapses or is freed. */
    public void settle(String reservationId, Instant expiresAt) {
        if (cap != null) {
            cap.settle(keyId, claimId, reservationId, expiresAt);
        }
    }

    /** The hold was refused: the seats never counted. */
    public void drop() {
        if (cap != null) {
            cap.drop(keyId, claimId);
        }
    }
}
