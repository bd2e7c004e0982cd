package com.boxoffice.model.api;

import com.boxoffice.model.Money;
import java.time.OffsetDateTime;

/**
 * What one show has sold: seats of confirmed bookings that were not cancelled, and the money
 * they brought in, beside the hall's size; {@code startsAt} is in the cinema's time zone.
 */
public record ShowSales(long showId, String movieTitle, long cinemaId, String cinemaName,
                        String hall, OffsetDateTime startsAt, int seatsInHall, int seatsSold,
                        Money revenue) {
}
