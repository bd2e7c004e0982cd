package com.boxoffice.model.api;

import com.boxoffice.model.Availability;
import com.boxoffice.model.Money;
import com.boxoffice.model.SeatType;

/**
 * One kind of seat of a show in the search results: its adult price and how full it is.
 */
public record SearchSeat(SeatType type, Money price, Availability status) {
}
