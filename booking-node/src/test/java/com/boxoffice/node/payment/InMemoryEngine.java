package com.boxoffice.node.payment;

import com.boxoffice.model.Money;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
import com.boxoffice.node.reservation.HoldOutcome;
import com.boxoffice.node.reservation.PinResult;
import com.boxoffice.node.reservation.Reservation;
import com.boxoffice.node.reservation.ReservationEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A small, single-process stand-in for the seat ledger that keeps the contract's rules: holds
 * lapse by their expiry time, a lapsed hold is pinned again only if its seats are free, sold
 * seats stay sold until freed.
 */
final class InMemoryEngine implements ReservationEngine {

    private final ShowCatalog catalog;
    private final Clock clock;
    private final Duration holdTtl;
    private final Map<String, Reservation> reservations = new HashMap<>();
    private final Map<String, String> seatHolders = new HashMap<>();
    private final Map<String, String> soldSeats = new HashMap<>();

    InMemoryEngine(ShowCatalog catalog, Clock clock, Duration holdTtl) {
        this.catalog = catalog;
        this.clock = clock;
        this.holdTtl = holdTtl;
    }

    @Override
    public synchronized HoldOutcome hold(HoldRequest request) {
        ShowSnapshot show = catalog.show(request.showId()).orElseThrow();
        if (request.seats().stream().anyMatch(seat -> taken(request.showId(), seat))) {
            return new HoldOutcome.Refused(com.boxoffice.model.RefusalReason.SEATS_TAKEN,
                    List.of());
        }
        Instant now = clock.instant();
        Money total = request.seats().stream()
                .map(seat -> show.price(seat, request.ticketTypes().getOrDefault(seat,
                        com.boxoffice.model.TicketType.ADULT)))
                .reduce(Money::plus).orElseThrow();
        Reservation reservation = new Reservation(UUID.randomUUID().toString(), show.showId(),
                request.sessionId(), request.seats(), request.ticketTypes(), total,
                ReservationStatus.RESERVED, now, now.plus(holdTtl), request.apiKeyId(), null);
        reservations.put(reservation.reservationId(), reservation);
        request.seats().forEach(seat ->
                seatHolders.put(key(show.showId(), seat), reservation.reservationId()));
        return new HoldOutcome.Reserved(reservation);
    }

    @Override
    public synchronized Optional<Reservation> find(String reservationId) {
        return Optional.ofNullable(reservations.get(reservationId)).map(this::asSeenNow);
    }

    @Override
    public synchronized boolean release(String reservationId) {
        Reservation reservation = reservations.get(reservationId);
        if (reservation == null || !asSeenNow(reservation).status().isOpen()) {
            return false;
        }
        freeHolds(reservation);
        reservations.put(reservationId, reservation.withStatus(ReservationStatus.RELEASED));
        return true;
    }

    @Override
    public synchronized PinResult pinForPayment(String reservationId) {
        Reservation stored = reservations.get(reservationId);
        if (stored == null) {
            return new PinResult.Unknown(reservationId);
        }
        Reservation reservation = asSeenNow(stored);
        return switch (reservation.status()) {
            case CONFIRMED -> new PinResult.AlreadyConfirmed(reservation);
            case PAYING -> new PinResult.PaymentInProgress(reservation);
            case RESERVED -> pin(reservation);
            case LAPSED, RELEASED -> repin(reservation);
        };
    }

    private PinResult repin(Reservation reservation) {
        freeHolds(reservation);
        if (reservation.seats().stream().anyMatch(s -> taken(reservation.showId(), s))) {
            return new PinResult.Lapsed(reservation.reservationId());
        }
        reservation.seats().forEach(seat -> seatHolders.put(key(reservation.showId(), seat),
                reservation.reservationId()));
        return pin(reservation);
    }

    private PinResult pin(Reservation reservation) {
        Reservation paying = reservation.withStatus(ReservationStatus.PAYING);
        reservations.put(reservation.reservationId(), paying);
        return new PinResult.Pinned(paying);
    }

    @Override
    public synchronized void unpin(String reservationId) {
        Reservation reservation = reservations.get(reservationId);
        if (reservation != null && reservation.status() == ReservationStatus.PAYING) {
            reservations.put(reservationId, reservation.withStatus(ReservationStatus.RESERVED));
        }
    }

    @Override
    public synchronized void confirm(String reservationId, String bookingId) {
        Reservation reservation = reservations.get(reservationId);
        freeHolds(reservation);
        reservation.seats().forEach(seat ->
                soldSeats.put(key(reservation.showId(), seat), bookingId));
        reservations.put(reservationId, reservation.confirmed(bookingId));
    }

    @Override
    public synchronized void freeSoldSeats(long showId, List<String> seats) {
        seats.forEach(seat -> soldSeats.remove(key(showId, seat)));
    }

    synchronized boolean sold(long showId, String seat) {
        return soldSeats.containsKey(key(showId, seat));
    }

    private boolean taken(long showId, String seat) {
        String holder = seatHolders.get(key(showId, seat));
        boolean held = holder != null && asSeenNow(reservations.get(holder)).status().isOpen();
        return held || soldSeats.containsKey(key(showId, seat));
    }

    private void freeHolds(Reservation reservation) {
        reservation.seats().forEach(seat -> seatHolders.remove(
                key(reservation.showId(), seat), reservation.reservationId()));
    }

    private Reservation asSeenNow(Reservation reservation) {
        boolean lapsed = reservation.status() == ReservationStatus.RESERVED
                && !reservation.expiresAt().isAfter(clock.instant());
        return lapsed ? reservation.withStatus(ReservationStatus.LAPSED) : reservation;
    }

    private static String key(long showId, String seat) {
        return showId + "/" + seat;
    }
}
