package com.boxoffice.node.apikey;

import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.node.http.ApiCaller;
import com.boxoffice.node.http.ApiRoutes;
import com.boxoffice.node.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the seat cap around the reservation calls without the reservation engine knowing: before
 * a hold the caller's key claims the seats (429 when over its cap), after it the claim is
 * settled on the new reservation or dropped; a release or a payment frees the claim.
 */
public final class SeatCapRoutes implements ApiRoutes {

    static final String CLAIM = "boxoffice.seatClaim";

    private static final Logger log = LoggerFactory.getLogger(SeatCapRoutes.class);
    private static final ObjectMapper JSON = Json.mapper();

    private final SeatCap cap;

    public SeatCapRoutes(SeatCap cap) {
        this.cap = cap;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.before("/api/v1/shows/{showId}/reservations", this::claim);
        routes.after("/api/v1/shows/{showId}/reservations", this::settle);
        routes.after("/api/v1/reservations/{reservationId}", this::releasedOrPaid);
        routes.after("/api/v1/reservations/{reservationId}/payment", this::releasedOrPaid);
    }

    private void claim(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return;
        }
        String keyId = ApiCaller.of(ctx).keyId();
        if (!cap.appliesTo(keyId)) {
            return;
        }
        int seats = seatsAsked(ctx);
        if (seats > 0) {
            ctx.attribute(CLAIM, cap.claim(keyId, seats));
        }
    }

    /** A body the reservation route will refuse anyway claims nothing. */
    private static int seatsAsked(Context ctx) {
        try {
            ReserveSeatsRequest request = JSON.readValue(ctx.body(), ReserveSeatsRequest.class);
            return request == null || request.seats() == null ? 0 : request.seats().size();
        } catch (IOException e) {
            return 0;
        }
    }

    private void settle(Context ctx) {
        SeatClaim claim = ctx.attribute(CLAIM);
        if (claim == null) {
            return;
        }
        JsonNode reservation = ctx.status().getCode() == 201 ? body(ctx) : null;
        if (reservation != null && reservation.hasNonNull("reservationId")) {
            claim.settle(reservation.get("reservationId").asText(),
                    OffsetDateTime.parse(reservation.get("expiresAt").asText()).toInstant());
        } else {
            claim.drop();
        }
    }

    /** The reservation's seats are sold or free again: they no longer count as held. */
    private void releasedOrPaid(Context ctx) {
        boolean done = ctx.method() == HandlerType.DELETE || ctx.method() == HandlerType.POST;
        if (done && ctx.status().getCode() == 200) {
            cap.release(ApiCaller.of(ctx).keyId(), ctx.pathParam("reservationId"));
        }
    }

    private static JsonNode body(Context ctx) {
        try {
            String result = ctx.result();
            return result == null ? null : JSON.readTree(result);
        } catch (IOException e) {
            log.warn("Reservation answer unreadable; its seats count until the hold lapses", e);
            return null;
        }
    }
}
