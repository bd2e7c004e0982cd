package com.boxoffice.kiosk.api;

import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.SeatBlock;
import com.boxoffice.model.api.ReservationView;

import java.util.List;

/**
 * What came of asking to hold seats: held, or refused for one of the reasons a customer can
 * act on.
 */
public sealed interface HoldResult {

    record Held(ReservationView reservation) implements HoldResult {
    }

    record Refused(RefusalReason reason, List<SeatBlock> alternatives, boolean canWait)
            implements HoldResult {

        public Refused {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }
    }
}
