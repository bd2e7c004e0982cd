package com.boxoffice.model;

/**
 * The adult price of one kind of seat at one show, tax included.
 */
public record SeatPrice(SeatType seatType, Money price) {
}
