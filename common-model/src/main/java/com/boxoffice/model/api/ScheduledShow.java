package com.boxoffice.model.api;

import com.boxoffice.model.HallRef;
import com.boxoffice.model.SeatPrice;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A show just scheduled and on sale at once; its times carry the offset of the cinema's zone.
 */
public record ScheduledShow(long id, long movieId, String movieTitle, long cinemaId,
                            String cinemaName, HallRef hall, OffsetDateTime startsAt,
                            OffsetDateTime endsAt, List<SeatPrice> prices) {
}
