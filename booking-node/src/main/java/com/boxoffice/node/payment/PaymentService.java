package com.boxoffice.node.payment;

import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.api.PaymentRequest;
import com.boxoffice.node.booking.Booking;
import com.boxoffice.node.booking.BookingViews;
import com.boxoffice.node.booking.Bookings;
import com.boxoffice.node.booking.SeatTicket;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
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
 * Pays a reservation: stores the intent, pins the reservation as PAYING, asks the terminal,
 * stores the booking under the seats' unique claims, then captures. Each step is written down
 * before the next one starts, so that recovery can finish or undo an attempt that a dead node
 * left behind; a step that only the terminal knows of (an approval not yet written) is found
 * again by its reference, the intent's key.
 *
 * <p>A payment that goes through writes three times, besides what the terminal writes: the
 * intent (one statement, which also finds that no earlier attempt or booking stands in the
 * way), the booking with the intent's move to BOOKED (one transaction), and the capture (one
 * statement). These go over plain JDBC; the rarer paths and recovery use Hibernate sessions.
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

        Optional<PaymentIntent> opened = intents.openAtOnce(key, reservationId, card.lastFour());
        if (opened.isPresent()) {
            return attempt(opened.get(), card);
        }
        // Something stands in the way: find out what, and answer as before.
        Earlier earlier = earlier(key, reservationId);
        if (earlier.intent() != null) {
            return StoredAnswers.repeat(earlier.intent(), reservationId, bookings, views);
        }
        if (earlier.bookingId() != null) {
            return new AlreadyConfirmed(reservationId, earlier.bookingId());
        }

        // Neither: another attempt of the reservation is under way, unless what stood in the
        // way has just gone. A second try tells which, without a failed insert in the log.
        Optional<PaymentIntent> retried = intents.openAtOnce(key, reservationId,
                card.lastFour());
        if (retried.isPresent()) {
            return attempt(retried.get(), card);
        }
        return intents.find(key)
                .map(existing -> StoredAnswers.repeat(existing, reservationId, bookings, views))
                .orElseGet(() -> new InProgress(reservationId));
    }

    /** Whether the reservation is an open hold now, as after a decline within its time. */
    public boolean stillHeld(String reservationId) {
        return engine.find(reservationId)
                .filter(r -> r.status() == ReservationStatus.RESERVED).isPresent();
    }

    /** An earlier attempt under the same key, and the reservation's booking, in one read. */
    private Earlier earlier(String key, String reservationId) {
        return intents.sessions().fromTransaction(session -> new Earlier(
                session.find(PaymentIntent.class, key),
                bookings.idByReservation(session, reservationId).orElse(null)));
    }

    private record Earlier(PaymentIntent intent, String bookingId) {
    }

    private PaymentOutcome attempt(PaymentIntent intent, CardNumber card) {
        String key = intent.key();
        String reservationId = intent.reservationId();
        return switch (engine.pinForPayment(reservationId)) {
            case PinResult.Pinned(Reservation reservation) ->
                    authorize(intent, reservation, card);
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

    private PaymentOutcome authorize(PaymentIntent intent, Reservation reservation,
                                     CardNumber card) {
        String key = intent.key();
        List<SeatTicket> seats = tickets(reservation);
        Authorization answer = terminal.authorize(key, reservation.total(), card);

        if (answer instanceof Authorization.Declined(String reason)) {
            // Unpinned before the intent is closed, so no second attempt can see the pin.
            engine.unpin(reservation.reservationId());
            if (step(key, i -> i.declined(reason, now())).isEmpty()) {
                return takenOver(key);
            }
            LOG.info("Payment declined: reservation {}, card ****{}: {}",
                    reservation.reservationId(), card.lastFour(), reason);
            return new Declined(reservation.reservationId(), reason);
        }
        String authorizationId = ((Authorization.Approved) answer).authorizationId();
        Instant now = now();
        Consumer<PaymentIntent> approved = i -> {
            i.pinned(reservation.showId(), seats, reservation.total(), now);
            i.authorized(authorizationId, now);
        };
        Bookings.NewBooking order = new Bookings.NewBooking(reservation.reservationId(),
                reservation.showId(), reservation.sessionId(), reservation.total(), key,
                card.lastFour(), seats);
        return switch (bookAtOnce(intent, approved, order)) {
            case Booked(PaymentIntent booked, Booking booking) -> capture(booked, booking, true);
            case Sold() -> voidSold(key, IntentState.PENDING, reservation.reservationId(),
                    authorizationId, card.lastFour(), approved);
            case Moved() -> {
                // Recovery gave this attempt up while the terminal was answering: undo the
                // charge, which recovery may not have found yet.
                terminal.voidAuthorization(authorizationId);
                yield takenOver(key);
            }
        };
    }

    /** Books and captures an authorized payment; recovery resumes here. */
    PaymentOutcome complete(PaymentIntent intent, String sessionId) {
        Bookings.NewBooking order = new Bookings.NewBooking(intent.reservationId(),
                intent.showId(), sessionId, intent.amount(), intent.key(), intent.cardLast4(),
                intent.seats());
        return switch (book(intent.key(), i -> { }, order)) {
            case Booked(PaymentIntent booked, Booking booking) ->
                    capture(booked, booking, false);
            case Sold() -> voidSold(intent.key(), IntentState.AUTHORIZED,
                    intent.reservationId(), intent.authorizationId().orElseThrow(),
                    intent.cardLast4(), i -> { });
            case Moved() -> takenOver(intent.key());
        };
    }

    /**
     * The seats were sold under this payment: voids it and lets the hold go. If the intent has
     * moved on meanwhile, another member finished this very attempt and its booking is the one
     * in the way.
     */
    private PaymentOutcome voidSold(String key, IntentState expected, String reservationId,
                                    String authorizationId, String cardLast4,
                                    Consumer<PaymentIntent> approved) {
        if (intents.find(key).orElseThrow().state() != expected) {
            return takenOver(key);
        }
        terminal.voidAuthorization(authorizationId);
        engine.release(reservationId);
        Instant now = now();
        if (step(key, approved.andThen(i -> i.voided(SEATS_SOLD,
                "the seats were sold meanwhile; the payment was voided", now))).isEmpty()) {
            return takenOver(key);
        }
        LOG.warn("Payment voided: reservation {}, card ****{}: its seats are already booked",
                reservationId, cardLast4);
        return new SeatsSold(reservationId);
    }

    /** Applies a step unless another member moved the intent on meanwhile. */
    private Optional<PaymentIntent> step(String key, Consumer<PaymentIntent> change) {
        try {
            return Optional.of(intents.change(key, change));
        } catch (IllegalStateException | OptimisticLockException | StaleStateException e) {
            return Optional.empty();
        }
    }

    /** The answer of an attempt that recovery on some member took over. */
    private PaymentOutcome takenOver(String key) {
        PaymentIntent intent = intents.find(key).orElseThrow();
        LOG.warn("Payment of reservation {} was taken over by recovery; it is {}",
                intent.reservationId(), intent.state());
        return StoredAnswers.repeat(intent, intent.reservationId(), bookings, views);
    }

    /**
     * Stores the booking and moves the intent to BOOKED in one transaction, after applying
     * {@code before} to it (what the terminal answered, if not yet written).
     */
    private BookingStep book(String key, Consumer<PaymentIntent> before,
                             Bookings.NewBooking order) {
        Instant now = now();
        try {
            return intents.sessions().fromTransaction(session -> {
                PaymentIntent intent = intents.change(session, key, before);
                Booking booking = bookings.insert(session, order, now);
                intent.booked(booking.id(), now);
                return new Booked(intent, booking);
            });
        } catch (IllegalStateException | OptimisticLockException | StaleStateException e) {
            return new Moved();
        } catch (RuntimeException e) {
            if (Bookings.isSoldConflict(e)) {
                return new Sold();
            }
            if (isStale(e)) {
                return new Moved();
            }
            throw e;
        }
    }

    /**
     * {@link #book} for the attempt this request opened, whose copy is at hand: the booking's
     * rows and the intent's move to BOOKED in one JDBC transaction, the intent written only if
     * recovery did not take it over meanwhile.
     */
    private BookingStep bookAtOnce(PaymentIntent intent, Consumer<PaymentIntent> before,
                                   Bookings.NewBooking order) {
        Instant now = now();
        try {
            return intents.transactions().callJdbc(connection -> {
                Booking booking = bookings.insert(connection, order, now);
                if (!intents.write(connection, intent,
                        before.andThen(i -> i.booked(booking.id(), now)))) {
                    throw new TakenOver();
                }
                return new Booked(intent, booking);
            });
        } catch (TakenOver e) {
            return new Moved();
        } catch (RuntimeException e) {
            if (Bookings.isSoldConflict(e)) {
                return new Sold();
            }
            throw e;
        }
    }

    /** Rolls the booking back: recovery moved the intent on while the terminal answered. */
    private static final class TakenOver extends RuntimeException {
        TakenOver() {
            super(null, null, false, false);
        }
    }

    private static boolean isStale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** What storing the booking came to. */
    private sealed interface BookingStep {
    }

    private record Booked(PaymentIntent intent, Booking booking) implements BookingStep {
    }

    /** A seat is already claimed by another booking: nothing was stored. */
    private record Sold() implements BookingStep {
    }

    /** Recovery moved the intent on meanwhile: nothing was stored. */
    private record Moved() implements BookingStep {
    }

    /** Captures a booked payment and tells the engine; recovery resumes here too. */
    PaymentOutcome capture(PaymentIntent intent) {
        String bookingId = intent.bookingId().orElseThrow();
        return capture(intent, bookings.find(bookingId).orElseThrow(() ->
                new IllegalStateException("payment " + intent.key() + " names booking "
                        + bookingId + ", which is not stored")), false);
    }

    /**
     * Captures the charge, confirms the reservation in the engine, then writes both down. The
     * booking is stored already, so the engine may hear first; if it cannot be told now, the
     * intent says so and recovery tells it later. An attempt this request made writes its own
     * copy of the intent ({@code atHand}); recovery reads the intent afresh.
     */
    private PaymentOutcome capture(PaymentIntent intent, Booking booking, boolean atHand) {
        terminal.capture(intent.authorizationId().orElseThrow());
        boolean told = confirm(intent.reservationId(), booking.id());
        Instant now = now();
        Consumer<PaymentIntent> capturedStep = i -> {
            i.captured(now);
            if (told) {
                i.engineTold(now);
            }
        };
        Optional<PaymentIntent> captured = atHand
                ? Optional.of(intent).filter(i -> intents.write(i, capturedStep))
                : step(intent.key(), capturedStep);
        if (captured.isEmpty()) {
            return takenOver(intent.key());
        }
        LOG.info("Payment captured: reservation {}, booking {}, card ****{}",
                intent.reservationId(), booking.id(), intent.cardLast4());
        return new Paid(views.view(booking));
    }

    /** Confirms a captured payment's reservation; a failure is retried by recovery. */
    void tellEngine(PaymentIntent captured) {
        if (confirm(captured.reservationId(), captured.bookingId().orElseThrow())) {
            intents.change(captured.key(), i -> i.engineTold(now()));
        }
    }

    private boolean confirm(String reservationId, String bookingId) {
        try {
            engine.confirm(reservationId, bookingId);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Reservation {} is paid (booking {}) but could not be confirmed yet;"
                    + " recovery will retry", reservationId, bookingId, e);
            return false;
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
