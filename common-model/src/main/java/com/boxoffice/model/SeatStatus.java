package com.boxoffice.model;

/**
 * What a customer sees of a seat on the seat map.
 */
public enum SeatStatus {
    AVAILABLE,
    HELD,
    BOOKED
}
