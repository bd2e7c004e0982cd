package com.boxoffice.node.reservation;

import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.SeatBlock;
import java.util.List;

/**
 * The outcome of ReserveSeats; the HTTP layer turns each into its status code in one place.
 */
public sealed interface HoldOutcome {

    record Reserved(Reservation reservation) implements HoldOutcome {
    }

    record Refused(RefusalReason reason, List<SeatBlock> alternatives) implements HoldOutcome {

        public Refused {
            alternatives = List.copyOf(alternatives);
        }
    }
}
