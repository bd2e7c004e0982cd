package com.boxoffice.model.api;

import com.boxoffice.model.SeatPrice;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A show a manager schedules at {@code POST /api/v1/admin/shows}: a movie in a hall at a time,
 * with the adult price of every kind of seat the hall has.
 */
public record NewShow(Long movieId, Long hallId, OffsetDateTime startsAt,
                      List<SeatPrice> prices) {
}
