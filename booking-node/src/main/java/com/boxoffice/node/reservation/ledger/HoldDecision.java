package com.boxoffice.node.reservation.ledger;

import com.boxoffice.model.RefusalReason;
import java.io.Serializable;
import java.util.List;

/**
 * What a ledger decided about a hold.
 */
public sealed interface HoldDecision extends Serializable {

    /** Every asked seat is now held until {@code expiresAt}. */
    record Held(long expiresAt, SeatsChanged changes) implements HoldDecision {
    }

    /** Nothing was held; {@code freeSeats} lists every free seat when some were taken. */
    record Refused(RefusalReason reason, List<String> freeSeats) implements HoldDecision {

        public Refused {
            freeSeats = List.copyOf(freeSeats);
        }
    }

    /** The session already has as many open reservations for the show as it may. */
    record SessionLimit(String openReservationId) implements HoldDecision {
    }
}
