package com.boxoffice.node.booking;

import com.boxoffice.model.api.ApiError;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.ApiRoutes;
import com.boxoffice.node.reservation.KeyOwnership;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/bookings/{id}} and {@code POST /api/v1/bookings/{id}/cancel}; the one place
 * where a cancellation's outcome becomes an HTTP answer. Cancelling a cancelled booking answers
 * 200 with the booking as it is, and changes nothing.
 */
public final class BookingRoutes implements ApiRoutes {

    private final Bookings bookings;
    private final BookingViews views;
    private final BookingCancellation cancellation;
    private final KeyOwnership ownership;

    public BookingRoutes(Bookings bookings, BookingViews views,
                         BookingCancellation cancellation, KeyOwnership ownership) {
        this.bookings = bookings;
        this.views = views;
        this.cancellation = cancellation;
        this.ownership = ownership;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/bookings/{bookingId}", this::show);
        routes.post("/api/v1/bookings/{bookingId}/cancel", this::cancel);
    }

    private void show(Context ctx) {
        ctx.json(views.view(callersBooking(ctx)));
    }

    private void cancel(Context ctx) {
        switch (cancellation.cancel(callersBooking(ctx).id())) {
            case CancelOutcome.Cancelled(var booking) -> ctx.json(booking);
            case CancelOutcome.ShowStarted(var id, var startedAt) -> ctx.status(409).json(
                    ApiError.of("SHOW_STARTED", "booking " + id + " cannot be cancelled: its"
                            + " show started at " + startedAt));
            case CancelOutcome.PaymentNotSettled(var id) -> ctx.status(409).json(
                    ApiError.of("PAYMENT_NOT_SETTLED", "the payment of booking " + id
                            + " is still being settled; try again in a moment"));
            case CancelOutcome.UnknownBooking(var id) -> throw ApiException.notFound("booking", id);
        }
    }

    /** The booking, if the caller's key made the reservation it was paid from. */
    private Booking callersBooking(Context ctx) {
        String id = ctx.pathParam("bookingId");
        return bookings.find(id)
                .filter(booking -> !ownership.hiddenFrom(ctx, booking.reservationId()))
                .orElseThrow(() -> ApiException.notFound("booking", id));
    }
}
