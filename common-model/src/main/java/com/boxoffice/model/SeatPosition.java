package com.boxoffice.model;

import java.util.Objects;

/**
 * One seat of a hall: its printed label (row letters and number, "A1"), its kind and where it
 * sits on the hall's grid; x counts columns from the left, y rows from the screen.
 */
public record SeatPosition(String row, int number, SeatType type, int x, int y) {

    public SeatPosition {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(type, "type");
        if (!row.matches("[A-Z]{1,2}")) {
            throw new IllegalArgumentException("row must be one or two capital letters, was " + row);
        }
        if (number < 1) {
            throw new IllegalArgumentException("seat number must be positive, was " + number);
        }
    }

    /** The seat's id in the API, which is also what is printed on the ticket. */
    public String label() {
        return row + number;
    }
}
