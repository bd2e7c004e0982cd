package com.boxoffice.bench.baseline;

import com.boxoffice.model.BookingStatus;
import com.boxoffice.model.Money;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.TicketType;
import com.boxoffice.model.api.BookingView;
import com.boxoffice.model.api.PaymentRequest;
import com.boxoffice.model.api.ReservationRefusal;
import com.boxoffice.model.api.ReservationView;
import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.model.api.TicketView;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.ApiRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline's share of the public API, with the node's request and answer shapes: hold,
 * pay, release. Only where a hold is decided differs: rows in PostgreSQL under row locks.
 */
final class BaselineRoutes implements ApiRoutes {

    private static final String APPROVED_CARD = "4242424242424242";

    private final DataSource pool;
    private final SeatRows seats;
    private final Duration holdTtl;
    private final int maxSeats;
    private final Clock clock = Clock.systemUTC();

    BaselineRoutes(DataSource pool, LockMode mode, Duration holdTtl, int maxSeats) {
        this.pool = pool;
        this.seats = new SeatRows(mode);
        this.holdTtl = holdTtl;
        this.maxSeats = maxSeats;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/shows/{showId}/reservations", this::reserve);
        routes.post("/api/v1/reservations/{reservationId}/payment", this::pay);
        routes.delete("/api/v1/reservations/{reservationId}", this::release);
    }

    private void reserve(Context ctx) throws SQLException {
        long showId = showId(ctx);
        ReserveSeatsRequest body = ctx.bodyAsClass(ReserveSeatsRequest.class);
        List<String> asked = validSeats(body);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(holdTtl);
        String holdId = UUID.randomUUID().toString();

        SeatRows.Claim claim;
        try (Connection db = transaction()) {
            claim = seats.claim(db, showId, asked, holdId, body.sessionId(), now, expiresAt);
        }

        switch (claim) {
            case SeatRows.Claim.Held held -> ctx.status(201).json(new ReservationView(holdId,
                    showId, ReservationStatus.RESERVED, asked,
                    expiresAt.atOffset(ZoneOffset.UTC), Money.of(held.totalMinor(),
                    held.currency())));
            case SeatRows.Claim.Refused refused -> ctx.status(409).json(ReservationRefusal.of(
                    refused.reason(), refused.reason().name(), refused.alternatives()));
            case SeatRows.Claim.UnknownSeat unknown ->
                    throw ApiException.badRequest("seats", "a seat is not in this show's hall");
            case SeatRows.Claim.UnknownShow unknown -> throw ApiException.notFound("show", showId);
        }
    }

    private List<String> validSeats(ReserveSeatsRequest body) {
        if (body == null || body.sessionId() == null || body.seats() == null
                || body.seats().isEmpty()) {
            throw ApiException.badRequest("seats", "sessionId and seats are required");
        }
        if (body.seats().size() > maxSeats) {
            throw ApiException.badRequest("seats", "at most " + maxSeats + " seats");
        }
        if (new HashSet<>(body.seats()).size() != body.seats().size()) {
            throw ApiException.badRequest("seats", "a seat is named twice");
        }
        return List.copyOf(body.seats());
    }

    private void pay(Context ctx) throws SQLException {
        String holdId = ctx.pathParam("reservationId");
        PaymentRequest body = ctx.bodyAsClass(PaymentRequest.class);
        if (body == null || body.idempotencyKey() == null || body.method() == null) {
            throw ApiException.badRequest("idempotencyKey", "idempotencyKey and method needed");
        }
        if (!APPROVED_CARD.equals(body.method().cardNumber())) {
            throw new ApiException(402, "PAYMENT_DECLINED", "the card was declined", null);
        }

        SeatRows.Sale sale;
        try (Connection db = transaction()) {
            sale = seats.book(db, holdId, UUID.randomUUID().toString(), body.idempotencyKey(),
                    clock.instant());
        }

        switch (sale) {
            case SeatRows.Sale.Booked booked -> ctx.json(bookingView(booked));
            case SeatRows.Sale.AlreadyBooked already -> throw new ApiException(409,
                    "ALREADY_CONFIRMED", "already paid: booking " + already.bookingId(), null);
            case SeatRows.Sale.Lapsed lapsed -> throw new ApiException(410, "HOLD_LAPSED",
                    "the hold lapsed and its seats are gone", null);
            case SeatRows.Sale.UnknownHold unknown ->
                    throw ApiException.notFound("reservation", holdId);
        }
    }

    private static BookingView bookingView(SeatRows.Sale.Booked booked) {
        Money each = Money.of(booked.totalMinor() / booked.seats().size(), booked.currency());
        List<TicketView> tickets = booked.seats().stream()
                .map(seat -> new TicketView(seat, TicketType.ADULT, each,
                        booked.bookingId().substring(0, 8) + "-" + seat))
                .toList();
        return new BookingView(booked.bookingId(), booked.showId(), BookingStatus.CONFIRMED,
                tickets, Money.of(booked.totalMinor(), booked.currency()), null, null, null,
                null, null, null);
    }

    private void release(Context ctx) throws SQLException {
        String holdId = ctx.pathParam("reservationId");
        boolean known;
        try (Connection db = transaction()) {
            known = seats.release(db, holdId);
        }
        if (!known) {
            throw ApiException.notFound("reservation", holdId);
        }
        ctx.status(200).json(java.util.Map.of("reservationId", holdId, "status", "RELEASED"));
    }

    private Connection transaction() throws SQLException {
        Connection db = pool.getConnection();
        db.setAutoCommit(false);
        return db;
    }

    private static long showId(Context ctx) {
        String raw = ctx.pathParam("showId");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("showId", "showId must be a number, was " + raw);
        }
    }
}
