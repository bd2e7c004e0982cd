package com.boxoffice.node.payment;

import com.boxoffice.node.booking.BookingCancellation;
import com.boxoffice.node.booking.BookingRoutes;
import com.boxoffice.node.booking.BookingViews;
import com.boxoffice.node.booking.Bookings;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.http.ApiCaller;
import com.boxoffice.node.http.ApiRoutes;
import com.boxoffice.node.reservation.KeyOwnership;
import com.boxoffice.node.reservation.ReservationEngine;
import java.time.Clock;
import java.util.List;
import org.hibernate.SessionFactory;

/**
 * The payments and bookings feature, wired: paying, showing and cancelling bookings, and the
 * recovery of payments that a node left unfinished.
 */
public final class Payments implements AutoCloseable {

    private final Bookings bookings;
    private final PaymentIntents intents;
    private final PaymentService service;
    private final BookingCancellation cancellation;
    private final PaymentRecovery recovery;
    private final PaymentRoutes paymentRoutes;
    private final BookingRoutes bookingRoutes;
    private final PaymentSettings settings;

    public Payments(SessionFactory sessions, ReservationEngine engine, ShowCatalog catalog,
                    PaymentTerminal terminal, Clock clock, PaymentSettings settings) {
        this.settings = settings;
        this.bookings = new Bookings(sessions);
        BookingViews views = new BookingViews(catalog);
        this.intents = new PaymentIntents(sessions, clock, settings.settleAfter());
        this.service = new PaymentService(intents, bookings, views, terminal, engine, catalog);
        PaymentRefunds refunds = new PaymentRefunds(intents, terminal, engine);
        this.cancellation = new BookingCancellation(sessions, bookings, views, catalog, refunds,
                clock);
        this.recovery = new PaymentRecovery(intents, service, refunds, engine);
        KeyOwnership ownership = new KeyOwnership(engine, ctx -> ApiCaller.of(ctx).keyId());
        this.paymentRoutes = new PaymentRoutes(service, ownership);
        this.bookingRoutes = new BookingRoutes(bookings, views, cancellation, ownership);
    }

    /** Settles what earlier nodes left unfinished now, then keeps doing so periodically. */
    public void startRecovery() {
        recovery.start(settings.recoveryPeriod());
    }

    public PaymentService service() {
        return service;
    }

    public PaymentIntents intents() {
        return intents;
    }

    public Bookings bookings() {
        return bookings;
    }

    public BookingCancellation cancellation() {
        return cancellation;
    }

    public PaymentRecovery recovery() {
        return recovery;
    }

    public List<ApiRoutes> routes() {
        return List.of(paymentRoutes, bookingRoutes);
    }

    /** {@code POST /api/v1/reservations/{reservationId}/payment}. */
    public ApiRoutes paymentRoutes() {
        return paymentRoutes;
    }

    /** {@code GET /api/v1/bookings/{bookingId}} and its cancel. */
    public ApiRoutes bookingRoutes() {
        return bookingRoutes;
    }

    @Override
    public void close() {
        recovery.close();
    }
}
