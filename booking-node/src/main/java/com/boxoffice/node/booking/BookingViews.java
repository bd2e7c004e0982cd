package com.boxoffice.node.booking;

import com.boxoffice.model.api.BookingView;
import com.boxoffice.model.api.TicketView;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Turns a booking into what the ticket screen shows: tickets, total, and the movie, cinema,
 * hall and start time from the catalog.
 */
public final class BookingViews {

    private final ShowCatalog catalog;

    public BookingViews(ShowCatalog catalog) {
        this.catalog = catalog;
    }

    public BookingView view(Booking booking) {
        Optional<ShowSnapshot> show = catalog.show(booking.showId());
        List<TicketView> tickets = booking.tickets().stream()
                .map(t -> new TicketView(t.seat(), t.ticketType(), t.price(), t.code()))
                .toList();
        return new BookingView(booking.id(), booking.showId(), booking.status(), tickets,
                booking.total(),
                show.map(s -> booking.total().includedTax(s.taxBasisPoints())).orElse(null),
                booking.reservationId(),
                show.map(ShowSnapshot::movieTitle).orElse(null),
                show.map(ShowSnapshot::cinemaName).orElse(null),
                show.map(s -> s.hall().name()).orElse(null),
                show.map(BookingViews::localStart).orElse(null));
    }

    private static OffsetDateTime localStart(ShowSnapshot show) {
        return show.startsAt().atZone(show.zone()).toOffsetDateTime();
    }
}
