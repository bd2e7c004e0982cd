package com.boxoffice.node.reservation;

import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.SeatPosition;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.TicketType;
import com.boxoffice.model.api.ReservationRefusal;
import com.boxoffice.model.api.ReservationView;
import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.model.api.SeatMap;
import com.boxoffice.model.api.SeatView;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.ApiRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The seat map, its live changes, and holding and releasing seats. A refused hold is answered
 * here, in one place, as 409 with the outcome as both {@code status} and {@code error}.
 */
public final class ReservationRoutes implements ApiRoutes {

    private final HazelcastReservationEngine engine;
    private final ShowCatalog catalog;
    private final SeatEventStream events;
    private final Function<Context, String> apiKeyIdOf;
    private final KeyOwnership ownership;

    /** @param apiKeyIdOf the id of the API key that made a request, kept on reservations */
    public ReservationRoutes(HazelcastReservationEngine engine, ShowCatalog catalog,
                             SeatEventStream events, Function<Context, String> apiKeyIdOf) {
        this.engine = engine;
        this.catalog = catalog;
        this.events = events;
        this.apiKeyIdOf = apiKeyIdOf;
        this.ownership = new KeyOwnership(engine, apiKeyIdOf);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/shows/{showId}/seats", this::seatMap);
        routes.before("/api/v1/shows/{showId}/events", ctx -> show(ctx));
        routes.sse("/api/v1/shows/{showId}/events", this::listen);
        routes.post("/api/v1/shows/{showId}/reservations", this::reserve);
        routes.get("/api/v1/reservations/{reservationId}", this::reservation);
        routes.delete("/api/v1/reservations/{reservationId}", this::release);
    }

    private void seatMap(Context ctx) {
        ShowSnapshot show = show(ctx);
        Map<String, SeatStatus> statuses = engine.seatStatuses(show.showId());
        List<SeatView> seats = show.layout().seats().stream()
                .map(seat -> seatView(show, seat, statuses.get(seat.label())))
                .toList();
        ctx.json(new SeatMap(show.showId(), show.hall(), seats));
    }

    private static SeatView seatView(ShowSnapshot show, SeatPosition seat, SeatStatus status) {
        return new SeatView(seat.label(), seat.row(), seat.number(), seat.type(),
                show.price(seat.label(), TicketType.ADULT), status, seat.x(), seat.y());
    }

    private void listen(SseClient client) {
        long showId = Long.parseLong(client.ctx().pathParam("showId"));
        events.listen(showId, client);
    }

    private void reserve(Context ctx) {
        ShowSnapshot show = show(ctx);
        ReserveSeatsRequest body = ctx.bodyAsClass(ReserveSeatsRequest.class);
        if (body == null) {
            throw ApiException.badRequest("body", "a body with sessionId and seats is required");
        }
        var request = new ReservationEngine.HoldRequest(show.showId(), body.sessionId(),
                body.seats(), body.ticketTypes(), apiKeyIdOf.apply(ctx));

        switch (engine.hold(request)) {
            case HoldOutcome.Reserved reserved -> ctx.status(201)
                    .header("Location", "/api/v1/reservations/"
                            + reserved.reservation().reservationId())
                    .json(view(reserved.reservation(), show.zone()));
            case HoldOutcome.Refused refused -> ctx.status(409).json(ReservationRefusal.of(
                    refused.reason(), RefusalMessages.of(refused.reason()),
                    refused.alternatives()));
        }
    }

    private void reservation(Context ctx) {
        String id = ctx.pathParam("reservationId");
        Reservation reservation = engine.find(id)
                .filter(found -> !ownership.hides(ctx, found))
                .orElseThrow(() -> ApiException.notFound("reservation", id));
        ctx.json(view(reservation, zoneOf(reservation.showId())));
    }

    /** Releasing twice, or a hold that lapsed meanwhile, is not an error: the seats are free. */
    private void release(Context ctx) {
        String id = ctx.pathParam("reservationId");
        if (engine.find(id).filter(found -> !ownership.hides(ctx, found)).isEmpty()) {
            throw ApiException.notFound("reservation", id);
        }
        boolean released = engine.release(id);
        Reservation after = engine.find(id).orElseThrow();
        // Not released and still open: a payment has pinned its seats and not yet said so.
        boolean payingNow = !released && after.status() == ReservationStatus.RESERVED;
        if (payingNow || after.status() == ReservationStatus.PAYING
                || after.status() == ReservationStatus.CONFIRMED) {
            throw new ApiException(409, "RESERVATION_NOT_OPEN", "reservation " + id + " is "
                    + (payingNow ? ReservationStatus.PAYING : after.status())
                    + " and cannot be released", null);
        }
        ctx.json(view(after, zoneOf(after.showId())));
    }

    private ShowSnapshot show(Context ctx) {
        String raw = ctx.pathParam("showId");
        long showId;
        try {
            showId = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("showId", "showId must be a number, was " + raw);
        }
        return catalog.show(showId).orElseThrow(() -> ApiException.notFound("show", showId));
    }

    private ZoneId zoneOf(long showId) {
        return catalog.show(showId).map(ShowSnapshot::zone).orElse(ZoneId.of("UTC"));
    }

    static ReservationView view(Reservation r, ZoneId zone) {
        return new ReservationView(r.reservationId(), r.showId(), r.status(), r.seats(),
                r.expiresAt().atZone(zone).toOffsetDateTime(), r.total());
    }
}
