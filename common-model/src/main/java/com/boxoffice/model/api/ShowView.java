package com.boxoffice.model.api;

import com.boxoffice.model.HallRef;
import com.boxoffice.model.SeatPrice;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A show on sale; its times carry the offset of the cinema's time zone.
 */
public record ShowView(long id, OffsetDateTime startsAt, OffsetDateTime endsAt, HallRef hall,
                       List<SeatPrice> prices) {
}
