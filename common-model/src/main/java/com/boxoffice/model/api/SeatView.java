package com.boxoffice.model.api;

import com.boxoffice.model.Money;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.SeatType;

/**
 * One seat on a seat map; {@code id} is the printed label ("A1"), x and y its place on the grid.
 */
public record SeatView(String id, String row, int number, SeatType type, Money price,
                       SeatStatus status, int x, int y) {
}
