package com.boxoffice.model.api;

import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.SeatBlock;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of a refused hold (409): the outcome as both {@code status} and {@code error},
 * alternatives when other seats are free, and whether waiting may help.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationRefusal(RefusalReason status, RefusalReason error, String message,
                                 List<SeatBlock> alternatives, Boolean canWait) {

    public static ReservationRefusal of(RefusalReason reason, String message,
                                        List<SeatBlock> alternatives) {
        Boolean canWait = reason == RefusalReason.HELD_BY_OTHERS ? Boolean.TRUE : null;
        List<SeatBlock> blocks = reason == RefusalReason.SEATS_TAKEN ? alternatives : null;
        return new ReservationRefusal(reason, reason, message, blocks, canWait);
    }
}
