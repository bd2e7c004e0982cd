package com.boxoffice.model.api;

import com.boxoffice.model.HallRef;
import java.util.List;

/**
 * Every seat of a show's hall with its price and whether it can be had.
 */
public record SeatMap(long showId, HallRef hall, List<SeatView> seats) {
}
