package com.boxoffice.model.api;

import com.boxoffice.model.BookingStatus;
import com.boxoffice.model.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A paid booking with its tickets, and what a ticket prints: movie, cinema, hall and start.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingView(String bookingId, long showId, BookingStatus status,
                          List<TicketView> tickets, Money total, Money taxIncluded,
                          String reservationId, String movieTitle, String cinemaName,
                          String hallName, OffsetDateTime startsAt) {
}
