package com.boxoffice.node.booking;

import com.boxoffice.model.BookingStatus;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels a booking before its show starts: the booking is marked cancelled, its seats' claims
 * deleted and its refund started in one transaction, so that a second call finds it cancelled
 * and neither refunds nor frees again.
 */
public final class BookingCancellation {

    private static final Logger LOG = LoggerFactory.getLogger(BookingCancellation.class);

    private final SessionFactory sessions;
    private final Bookings bookings;
    private final BookingViews views;
    private final ShowCatalog catalog;
    private final Refunds refunds;
    private final Clock clock;

    public BookingCancellation(SessionFactory sessions, Bookings bookings, BookingViews views,
                               ShowCatalog catalog, Refunds refunds, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.views = views;
        this.catalog = catalog;
        this.refunds = refunds;
        this.clock = clock;
    }

    public CancelOutcome cancel(String bookingId) {
        Optional<Booking> found = bookings.find(bookingId);
        if (found.isEmpty()) {
            return new CancelOutcome.UnknownBooking(bookingId);
        }
        Booking booking = found.get();
        if (booking.status() == BookingStatus.CANCELLED) {
            return new CancelOutcome.Cancelled(views.view(booking));
        }
        Instant now = clock.instant();
        Optional<Instant> started = catalog.show(booking.showId())
                .filter(show -> !show.onSaleAt(now))
                .map(ShowSnapshot::startsAt);
        if (started.isPresent()) {
            return new CancelOutcome.ShowStarted(bookingId, started.get());
        }

        return switch (markCancelled(bookingId, now)) {
            case NOW -> {
                refunds.finish(booking.paymentKey());
                LOG.info("Booking {} of show {} cancelled: seats {} free again, refunded",
                        bookingId, booking.showId(), booking.seats());
                yield new CancelOutcome.Cancelled(
                        views.view(bookings.find(bookingId).orElseThrow()));
            }
            case BEFORE -> new CancelOutcome.Cancelled(
                    views.view(bookings.find(bookingId).orElseThrow()));
            case NOT_SETTLED -> new CancelOutcome.PaymentNotSettled(bookingId);
        };
    }

    private Marked markCancelled(String bookingId, Instant now) {
        return sessions.fromTransaction(session -> {
            Booking locked = bookings.lock(session, bookingId).orElseThrow();
            if (locked.status() == BookingStatus.CANCELLED) {
                return Marked.BEFORE;
            }
            if (!refunds.start(session, locked.paymentKey())) {
                return Marked.NOT_SETTLED;
            }
            locked.cancel(now);
            bookings.releaseSeats(session, bookingId);
            return Marked.NOW;
        });
    }

    private enum Marked { NOW, BEFORE, NOT_SETTLED }
}
