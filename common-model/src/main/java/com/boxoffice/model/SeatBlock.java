package com.boxoffice.model;

import java.util.List;

/**
 * Seats next to each other in one row, offered instead of seats that were taken.
 */
public record SeatBlock(List<String> seats) {

    public SeatBlock {
        seats = List.copyOf(seats);
    }
}
