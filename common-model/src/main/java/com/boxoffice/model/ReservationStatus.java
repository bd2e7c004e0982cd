package com.boxoffice.model;

/**
 * Where a reservation stands: held, being paid, paid, given back, or run out.
 */
public enum ReservationStatus {
    RESERVED,
    PAYING,
    CONFIRMED,
    RELEASED,
    LAPSED;

    /** Whether the reservation still holds its seats. */
    public boolean isOpen() {
        return this == RESERVED || this == PAYING;
    }
}
