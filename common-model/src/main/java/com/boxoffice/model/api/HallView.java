package com.boxoffice.model.api;

import com.boxoffice.model.SeatType;
import java.util.List;

/**
 * A hall of a cinema: its size and the kinds of seat in it, each of which a show must price.
 */
public record HallView(long id, String name, int seatCount, List<SeatType> seatTypes) {
}
