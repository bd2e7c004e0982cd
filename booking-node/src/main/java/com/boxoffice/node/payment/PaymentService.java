package com.boxoffice.node.payment;

import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.api.PaymentRequest;
import com.boxoffice.node.booking.Booking;
import com.boxoffice.node.booking.BookingViews;
import com.boxoffice.node.booking.Bookings;
import com.boxoffice.node.booking.SeatTicket;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
import com.boxoffice.node.payment.PaymentIntents.Opening;
import com.boxoffice.node.payment.PaymentOutcome.AlreadyConfirmed;
import com.boxoffice.node.payment.PaymentOutcome.Declined;
import com.boxoffice.node.payment.PaymentOutcome.HoldLapsed;
import com.boxoffice.node.payment.PaymentOutcome.InProgress;
import com.boxoffice.node.payment.PaymentOutcome.Paid;
import com.boxoffice.node.payment.PaymentOutcome.SeatsSold;
import com.boxoffice.node.payment.PaymentOutcome.UnknownReservation;
import com.boxoffice.node.payment.PaymentTerminal.Authorization;
import com.boxoffice.node.reservation.PinResult;
import com.boxoffice.node.reservation.Reservation;
import com.boxoffice.node.reservation.ReservationEngine;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.StaleStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays a reservation: pins it as PAYING, stores the intent, asks the terminal, stores the
 * booking under the seats' unique claims, then captures. Each step is written down before the
 * next one starts, so that recovery can finish or undo an attempt that a dead node left behind.
 */
public final class PaymentService {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);

    static final String ALREADY_CONFIRMED = "ALREADY_CONFIRMED";
    static final String HOLD_LAPSED = "HOLD_LAPSED";
    static final String SEATS_SOLD = "SEATS_SOLD";
    static final String INTERRUPTED = "PAYMENT_INTERRUPTED";

    private final PaymentIntents intents;
    private final Bookings bookings;
    private final BookingViews views;
    private final PaymentTerminal terminal;
    private final ReservationEngine engine;
    private final ShowCatalog catalog;

    public PaymentService(PaymentIntents intents, Bookings bookings, BookingViews views,
                          PaymentTerminal terminal, ReservationEngine engine,
                          ShowCatalog catalog) {
        this.intents = intents;
        this.bookings = bookings;
        this.views = views;
        this.terminal = terminal;
        this.engine = engine;
        this.catalog = catalog;
    }

    public PaymentOutcome pay(String reservationId, PaymentRequest request) {
        CardNumber card = PaymentValidation.card(request);
        String key = request.idempotencyKey();

        Optional<PaymentIntent> earlier = intents.find(key);
        if (earlier.isPresent()) {
            return StoredAnswers.repeat(earlier.get(), reservationId, bookings, views);
        }
        Optional<Booking> paid = bookings.findByReservation(reservationId);
        if (paid.isPresent()) {
            return new AlreadyConfirmed(reservationId, paid.get().id());
        }

        return switch (intents.open(key, reservationId, card.lastFour())) {
            case Opening.Opened(PaymentIntent intent) -> attempt(intent, card);
            case Opening.KeyTaken(PaymentIntent existing) ->
                    StoredAnswers.repeat(existing, reservationId, bookings, views);
            case Opening.AttemptUnderWay() -> new InProgress(reservationId);
        };
    }

    private PaymentOutcome attempt(PaymentIntent intent, CardNumber card) {
        String key = intent.key();
        String reservationId = intent.reservationId();
        return switch (engine.pinForPayment(reservationId)) {
            case PinResult.Pinned(Reservation reservation) -> authorize(key, reservation, card);
            case PinResult.AlreadyConfirmed(Reservation reservation) ->
                    refuse(key, new AlreadyConfirmed(reservationId, reservation.bookingId()));
            case PinResult.Lapsed(String id) -> refuse(key, new HoldLapsed(id));
            case PinResult.PaymentInProgress(Reservation reservation) -> {
                intents.forget(key);
                yield new InProgress(reservationId);
            }
            case PinResult.Unknown(String id) -> {
                intents.forget(key);
                yield new UnknownReservation(id);
            }
        };
    }

    private PaymentOutcome refuse(String key, PaymentOutcome outcome) {
        Instant now = now();
        PaymentIntent intent = switch (outcome) {
            case AlreadyConfirmed(String reservation, String bookingId) -> intents.change(key,
                    i -> i.refused(ALREADY_CONFIRMED, "reservation " + reservation
                            + " is already paid", bookingId, now));
            default -> intents.change(key, i -> i.refused(HOLD_LAPSED,
                    "the hold lapsed and its seats are gone; nothing was charged", null, now));
        };
        LOG.info("Payment refused: reservation {}, {}, card ****{}, nothing charged",
                intent.reservationId(), intent.answerCode(), intent.cardLast4());
        return outcome;
    }

    private PaymentOutcome authorize(String key, Reservation reservation, CardNumber card) {
        List<SeatTicket> seats = tickets(reservation);
        intents.change(key, i -> i.pinned(reservation.showId(), seats, reservation.total(), now()));

        Authorization answer = terminal.authorize(key, reservation.total(), card);

        if (answer instanceof Authorization.Declined(String reason)) {
            // Unpinned before the intent is closed, so no second attempt can see the pin.
            engine.unpin(reservation.reservationId());
            if (!step(key, i -> i.declined(reason, now()))) {
                return takenOver(key);
            }
            LOG.info("Payment declined: reservation {}, card ****{}: {}",
                    reservation.reservationId(), card.lastFour(), reason);
            return new Declined(reservation.reservationId(), reason);
        }
        String authorizationId = ((Authorization.Approved) answer).authorizationId();
        if (!step(key, i -> i.authorized(authorizationId, now()))) {
            // Recovery gave this attempt up while the terminal was answering: undo the charge
            // that only this node knows of.
            terminal.voidAuthorization(authorizationId);
            return takenOver(key);
        }
        return complete(intents.find(key).orElseThrow(), reservation.sessionId());
    }

    /** Books and captures an authorized payment; recovery resumes here too. */
    PaymentOutcome complete(PaymentIntent intent, String sessionId) {
        String key = intent.key();
        if (book(intent, sessionId)) {
            return capture(intents.find(key).orElseThrow());
        }
        PaymentIntent current = intents.find(key).orElseThrow();
        if (current.state() != IntentState.AUTHORIZED) {
            // Another member finished this very attempt: its booking is the one in the way.
            return takenOver(key);
        }

        terminal.voidAuthorization(intent.authorizationId().orElseThrow());
        engine.release(intent.reservationId());
        intents.change(key, i -> i.voided(SEATS_SOLD,
                "the seats were sold meanwhile; the payment was voided", now()));
        LOG.warn("Payment voided: reservation {}, card ****{}: its seats are already booked",
                intent.reservationId(), intent.cardLast4());
        return new SeatsSold(intent.reservationId());
    }

    /** Applies a step unless another member moved the intent on meanwhile. */
    private boolean step(String key, Consumer<PaymentIntent> change) {
        try {
            intents.change(key, change);
            return true;
        } catch (IllegalStateException | OptimisticLockException | StaleStateException e) {
            return false;
        }
    }

    /** The answer of an attempt that recovery on some member took over. */
    private PaymentOutcome takenOver(String key) {
        PaymentIntent intent = intents.find(key).orElseThrow();
        LOG.warn("Payment of reservation {} was taken over by recovery; it is {}",
                intent.reservationId(), intent.state());
        return StoredAnswers.repeat(intent, intent.reservationId(), bookings, views);
    }

    private boolean book(PaymentIntent intent, String sessionId) {
        Bookings.NewBooking order = new Bookings.NewBooking(intent.reservationId(),
                intent.showId(), sessionId, intent.amount(), intent.key(), intent.cardLast4(),
                intent.seats());
        try {
            intents.sessions().inTransaction(session -> {
                Booking booking = bookings.insert(session, order, now());
                intents.change(session, intent.key(), i -> i.booked(booking.id(), now()));
            });
            return true;
        } catch (RuntimeException e) {
            if (Bookings.isSoldConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Captures a booked payment and tells the engine; recovery resumes here too. */
    PaymentOutcome capture(PaymentIntent intent) {
        terminal.capture(intent.authorizationId().orElseThrow());
        if (!step(intent.key(), i -> i.captured(now()))) {
            return takenOver(intent.key());
        }
        PaymentIntent captured = intents.find(intent.key()).orElseThrow();
        String bookingId = captured.bookingId().orElseThrow();
        LOG.info("Payment captured: reservation {}, booking {}, card ****{}",
                captured.reservationId(), bookingId, captured.cardLast4());

        tellEngine(captured);
        return new Paid(views.view(bookings.find(bookingId).orElseThrow()));
    }

    /** Confirms a captured payment's reservation; a failure is retried by recovery. */
    void tellEngine(PaymentIntent captured) {
        try {
            engine.confirm(captured.reservationId(), captured.bookingId().orElseThrow());
            intents.change(captured.key(), i -> i.engineTold(now()));
        } catch (RuntimeException e) {
            LOG.warn("Reservation {} is paid (booking {}) but could not be confirmed yet;"
                            + " recovery will retry", captured.reservationId(),
                    captured.bookingId().orElse("?"), e);
        }
    }

    /** Voids an attempt that a node left unfinished before its booking was stored. */
    void abandon(PaymentIntent intent) {
        String reservationId = intent.reservationId();
        Optional<String> authorization = intent.authorizationId()
                .or(() -> terminal.approvedAuthorization(intent.key()));
        authorization.ifPresent(terminal::voidAuthorization);
        // Only this attempt can have pinned the reservation: one attempt is under way at a time.
        engine.find(reservationId)
                .filter(r -> r.status() == ReservationStatus.PAYING)
                .ifPresent(r -> engine.unpin(reservationId));
        intents.change(intent.key(), i -> i.voided(INTERRUPTED,
                "the payment was interrupted and voided; nothing was charged", now()));
        LOG.warn("Payment voided by recovery: reservation {}, card ****{}, authorization {}",
                reservationId, intent.cardLast4(), authorization.orElse("none"));
    }

    private List<SeatTicket> tickets(Reservation reservation) {
        ShowSnapshot show = catalog.show(reservation.showId()).orElseThrow(() ->
                new IllegalStateException("reservation " + reservation.reservationId()
                        + " is for show " + reservation.showId() + ", which the catalog lacks"));
        return reservation.seats().stream()
                .map(seat -> new SeatTicket(seat, reservation.ticketType(seat),
                        show.price(seat, reservation.ticketType(seat))))
                .toList();
    }

    private Instant now() {
        return intents.clock().instant();
    }
}
