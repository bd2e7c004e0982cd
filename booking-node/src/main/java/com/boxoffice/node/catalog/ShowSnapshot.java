package com.boxoffice.node.catalog;

import com.boxoffice.model.HallRef;
import com.boxoffice.model.Money;
import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.TicketType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * What the reservation engine needs to know of a show: its hall, its prices and when it starts.
 * Read from the catalog and cached; a show's hall and prices do not change once it is on sale.
 */
public record ShowSnapshot(long showId, long movieId, String movieTitle, long cinemaId,
                           String cinemaName, HallRef hall, SeatLayout layout,
                           Map<SeatType, Money> prices, Map<TicketType, Integer> discountPercent,
                           int taxBasisPoints, Instant startsAt, Instant endsAt, ZoneId zone) {

    /** The price of one seat for one kind of ticket, tax included. */
    public Money price(String seat, TicketType ticketType) {
        SeatType type = layout.seat(seat)
                .orElseThrow(() -> new IllegalArgumentException("show " + showId + " has no seat " + seat))
                .type();
        return prices.get(type).discounted(discountPercent.getOrDefault(ticketType, 0));
    }

    /** Sales close when the show starts. */
    public boolean onSaleAt(Instant now) {
        return now.isBefore(startsAt);
    }
}
