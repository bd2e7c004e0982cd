package com.boxoffice.kiosk.ticket;

import com.boxoffice.kiosk.flow.CustomerSession;
import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.model.api.BookingView;
import com.boxoffice.model.api.TicketView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The paid booking as the customer takes it away: what, where, when, which seats, and a code
 * per ticket for the door. Whatever the booking leaves out is taken from what the customer
 * chose.
 */
public final class TicketViewModel {

    private final KioskFlow flow;
    private final CustomerSession session;
    private final BookingView booking;

    public TicketViewModel(KioskFlow flow) {
        this.flow = flow;
        this.session = flow.session();
        this.booking = session.booking();
    }

    public String movie() {
        return booking.movieTitle() != null ? booking.movieTitle() : session.movie().title();
    }

    public String cinema() {
        return booking.cinemaName() != null ? booking.cinemaName() : session.cinema().name();
    }

    public String hall() {
        if (booking.hallName() != null) {
            return booking.hallName();
        }
        return session.show().hall() == null ? "" : session.show().hall().name();
    }

    public String when() {
        OffsetDateTime startsAt = booking.startsAt() != null
                ? booking.startsAt() : session.show().startsAt();
        return Formats.longDay(startsAt) + " at " + Formats.time(startsAt);
    }

    public String seats() {
        return tickets().stream().map(TicketView::seat).collect(Collectors.joining(", "));
    }

    public String total() {
        return Formats.money(booking.total());
    }

    public String bookingId() {
        return booking.bookingId();
    }

    public List<TicketView> tickets() {
        return booking.tickets() == null ? List.of() : booking.tickets();
    }

    /** The line under a ticket's code: "A5 · Adult · €9.50". */
    public static String ticketLine(TicketView ticket) {
        String type = ticket.ticketType() == null ? "" : Formats.word(ticket.ticketType());
        return ticket.seat() + "  ·  " + type + "  ·  " + Formats.money(ticket.price());
    }

    public void done() {
        flow.startOver();
    }
}
