package com.boxoffice.node.reservation;

import com.boxoffice.model.Money;
import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.SeatPosition;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.TicketType;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.reservation.ledger.ConfirmStep;
import com.boxoffice.node.reservation.ledger.FreeSoldStep;
import com.boxoffice.node.reservation.ledger.HoldDecision;
import com.boxoffice.node.reservation.ledger.HoldSeatsStep;
import com.boxoffice.node.reservation.ledger.LineChanges;
import com.boxoffice.node.reservation.ledger.LineOffer;
import com.boxoffice.node.reservation.ledger.PinDecision;
import com.boxoffice.node.reservation.ledger.PinStep;
import com.boxoffice.node.reservation.ledger.ReleaseStep;
import com.boxoffice.node.reservation.ledger.SeatLedger;
import com.boxoffice.node.reservation.ledger.SeatStatusesStep;
import com.boxoffice.node.reservation.ledger.SeatsChanged;
import com.boxoffice.node.reservation.ledger.UnpinStep;
import com.boxoffice.node.reservation.ledger.WaitingCall;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reservation engine on a Hazelcast cluster. Every decision about a show's seats is an
 * entry processor on the show's ledger, run on the member that owns the show's partition and
 * replayed on its backup; no lock is taken, so nothing can outlive a crashed member. The
 * reservation's record follows the ledger's decision, on the same partition.
 */
public final class HazelcastReservationEngine implements ReservationEngine {

    private static final Logger log = LoggerFactory.getLogger(HazelcastReservationEngine.class);
    private static final int OFFERS_PER_CALL = 4;

    private final IMap<Long, SeatLedger> ledgers;
    private final IMap<ReservationKey, Reservation> reservations;
    private final ShowCatalog catalog;
    private final ReservationSettings settings;
    private final SeatEvents events;
    private final LedgerBuilder builder;
    private final Clock clock;
    private final List<SeatsFreedListener> freedListeners = new CopyOnWriteArrayList<>();
    private final List<LineListener> lineListeners = new CopyOnWriteArrayList<>();

    public HazelcastReservationEngine(HazelcastInstance hazelcast, ShowCatalog catalog,
                                      SoldSeats soldSeats, ReservationSettings settings,
                                      Clock clock) {
        this.ledgers = ReservationMaps.ledgers(hazelcast);
        this.reservations = ReservationMaps.reservations(hazelcast);
        this.catalog = catalog;
        this.settings = settings;
        this.events = new SeatEvents(ReservationMaps.seatEvents(hazelcast));
        this.builder = new LedgerBuilder(reservations, soldSeats, clock);
        this.clock = clock;
    }

    /** Waiting lists and the like hear here when seats become free. */
    public void onSeatsFreed(SeatsFreedListener listener) {
        freedListeners.add(listener);
    }

    /** The waiting list hears here when a show's line moved: offers made, waits ended. */
    public void onLineChanged(LineListener listener) {
        lineListeners.add(listener);
    }

    public ReservationSettings settings() {
        return settings;
    }

    @Override
    public HoldOutcome hold(HoldRequest request) {
        ShowSnapshot show = showOf(request.showId());
        Map<String, TicketType> ticketTypes = HoldRequests.validate(request, show, settings);
        Instant now = clock.instant();
        if (!show.onSaleAt(now)) {
            return new HoldOutcome.Refused(RefusalReason.SALES_CLOSED, List.of());
        }

        ReservationKey key = ReservationKey.newFor(show.showId());
        Instant expiresAt = now.plus(settings.holdTtl());
        HoldDecision decision = onLedger(show, new HoldSeatsStep(now.toEpochMilli(),
                key.reservationId(), request.sessionId(), request.seats(),
                expiresAt.toEpochMilli(), settings.maxOpenPerSession()));

        return switch (decision) {
            case HoldDecision.Held held -> reserved(key, request, ticketTypes, show, now, held);
            case HoldDecision.Refused refused -> refused(show, request, refused);
            case HoldDecision.SessionLimit limit -> throw ApiException.badRequest("sessionId",
                    "session already has an open reservation for show " + show.showId()
                            + openOne(limit.openReservationId(), request.apiKeyId()));
        };
    }

    /** Names the session's open reservation to the key that made it, and to nobody else. */
    private String openOne(String reservationId, String apiKeyId) {
        boolean ours = find(reservationId)
                .map(open -> Objects.equals(open.apiKeyId(), apiKeyId)).orElse(false);
        return ours ? ": " + reservationId : "; choose another session id";
    }

    private HoldOutcome reserved(ReservationKey key, HoldRequest request,
                                 Map<String, TicketType> ticketTypes, ShowSnapshot show,
                                 Instant now, HoldDecision.Held held) {
        Reservation reservation = new Reservation(key.reservationId(), show.showId(),
                request.sessionId(), request.seats(), ticketTypes,
                total(show, request.seats(), ticketTypes), ReservationStatus.RESERVED, now,
                Instant.ofEpochMilli(held.expiresAt()), request.apiKeyId(), null);
        reservations.set(key, reservation);
        events.publish(held.changes());
        log.debug("Held seats {} of show {} as {}", request.seats(), show.showId(),
                key.reservationId());
        return new HoldOutcome.Reserved(reservation);
    }

    private static HoldOutcome refused(ShowSnapshot show, HoldRequest request,
                                       HoldDecision.Refused refused) {
        if (refused.reason() != RefusalReason.SEATS_TAKEN) {
            return new HoldOutcome.Refused(refused.reason(), List.of());
        }
        return new HoldOutcome.Refused(RefusalReason.SEATS_TAKEN,
                Alternatives.find(show.layout(), refused.freeSeats(), request.seats()));
    }

    @Override
    public Optional<Reservation> find(String reservationId) {
        return ReservationKey.parse(reservationId)
                .map(reservations::get)
                .map(r -> r.asSeenAt(clock.instant()));
    }

    @Override
    public boolean release(String reservationId) {
        Optional<ReservationKey> key = ReservationKey.parse(reservationId);
        if (key.isEmpty() || !reservations.containsKey(key.get())) {
            return false;
        }
        ShowSnapshot show = showOf(key.get().showId());
        SeatsChanged changes = onLedger(show, new ReleaseStep(reservationId, clock.millis()));
        if (changes.isNone()) {
            return false;
        }

        reservations.executeOnKey(key.get(), ReservationTransition.released());
        publishFreed(changes);
        log.debug("Released reservation {} of show {}", reservationId, show.showId());
        return true;
    }

    @Override
    public PinResult pinForPayment(String reservationId) {
        Optional<ReservationKey> key = ReservationKey.parse(reservationId);
        Reservation reservation = key.map(reservations::get).orElse(null);
        if (reservation == null) {
            return new PinResult.Unknown(reservationId);
        }
        if (reservation.status() == ReservationStatus.CONFIRMED) {
            return new PinResult.AlreadyConfirmed(reservation);
        }

        Instant now = clock.instant();
        Instant pinnedUntil = now.plus(settings.paymentWindow());
        PinDecision decision = onLedger(showOf(reservation.showId()), new PinStep(
                now.toEpochMilli(), reservationId, reservation.sessionId(), reservation.seats(),
                pinnedUntil.toEpochMilli()));

        return switch (decision) {
            case PinDecision.Pinned pinned -> {
                events.publish(pinned.changes());
                Reservation paying = reservations.executeOnKey(key.get(),
                        ReservationTransition.pinned(pinnedUntil));
                if (paying == null || paying.status() != ReservationStatus.PAYING) {
                    // Its customer released it between the read above and the pin: the
                    // release stands, so the seats go back and nothing is charged.
                    giveBack(showOf(reservation.showId()), reservationId);
                    yield new PinResult.Lapsed(reservationId);
                }
                yield new PinResult.Pinned(paying);
            }
            case PinDecision.InProgress ignored -> new PinResult.PaymentInProgress(reservation);
            case PinDecision.Gone ignored -> new PinResult.Lapsed(reservationId);
        };
    }

    /** Frees the seats that a pin took for a reservation that is released already. */
    private void giveBack(ShowSnapshot show, String reservationId) {
        onLedger(show, new UnpinStep(reservationId, clock.millis()));
        SeatsChanged freed = onLedger(show, new ReleaseStep(reservationId, clock.millis()));
        if (!freed.isNone()) {
            publishFreed(freed);
        }
        log.info("Payment of reservation {} of show {} came after its release; seats given"
                + " back, nothing charged", reservationId, show.showId());
    }

    @Override
    public void unpin(String reservationId) {
        ReservationKey key = keyOf(reservationId);
        ShowSnapshot show = showOf(key.showId());
        long expiresAt = onLedger(show, new UnpinStep(reservationId, clock.millis()));
        if (expiresAt >= 0) {
            reservations.executeOnKey(key,
                    ReservationTransition.unpinned(Instant.ofEpochMilli(expiresAt)));
        }
    }

    @Override
    public void confirm(String reservationId, String bookingId) {
        ReservationKey key = keyOf(reservationId);
        Reservation reservation = reservations.get(key);
        if (reservation == null) {
            throw new IllegalStateException("cannot confirm unknown reservation " + reservationId);
        }
        ShowSnapshot show = showOf(key.showId());
        SeatsChanged changes = onLedger(show, new ConfirmStep(reservationId,
                reservation.seats()));

        reservations.executeOnKey(key, ReservationTransition.confirmed(bookingId));
        events.publish(changes);
        log.info("Reservation {} of show {} confirmed as booking {}", reservationId,
                show.showId(), bookingId);
    }

    @Override
    public void freeSoldSeats(long showId, List<String> seats) {
        ShowSnapshot show = showOf(showId);
        SeatsChanged changes = onLedger(show, new FreeSoldStep(seats, clock.millis()));
        publishFreed(changes);
        log.info("Seats {} of show {} are for sale again", seats, showId);
    }

    /** Every seat of the show with what a customer may do with it now. */
    public Map<String, SeatStatus> seatStatuses(long showId) {
        ShowSnapshot show = showOf(showId);
        List<String> labels = show.layout().seats().stream().map(SeatPosition::label).toList();
        byte[] encoded = onLedger(show, new SeatStatusesStep(clock.millis()));
        if (encoded.length != labels.size()) {
            // The hall changed after the ledger was built: read the ledger itself.
            return ledgerOf(show).statuses(clock.millis());
        }
        Map<String, SeatStatus> statuses = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            statuses.put(labels.get(i), SeatStatusesStep.decode(encoded, i));
        }
        return statuses;
    }

    /** Tells listeners on every member, and waiters, that seats became free. */
    void publishFreed(SeatsChanged changes) {
        events.publish(changes);
        List<String> freed = changes.seats().entrySet().stream()
                .filter(e -> e.getValue() == SeatStatus.AVAILABLE)
                .map(Map.Entry::getKey)
                .toList();
        if (freed.isEmpty()) {
            return;
        }
        for (SeatsFreedListener listener : freedListeners) {
            try {
                listener.seatsFreed(changes.showId(), freed);
            } catch (RuntimeException e) {
                log.error("Listener failed on seats {} freed at show {}", freed,
                        changes.showId(), e);
            }
        }
    }

    /** The seats held right now of each given show that has a ledger. */
    public Map<Long, Set<String>> heldSeats(Collection<Long> showIds) {
        long now = clock.millis();
        Map<Long, Set<String>> held = new HashMap<>();
        ledgers.getAll(new HashSet<>(showIds)).forEach((showId, ledger) ->
                held.put(showId, ledger.statuses(now).entrySet().stream()
                        .filter(e -> e.getValue() == SeatStatus.HELD)
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet())));
        return held;
    }

    /**
     * The arguments for calling waiting lines now: offers stand for the offer window, and a
     * few fresh ids for the reservations they become. A call makes at most that many offers.
     */
    WaitingCall waitingCall(Instant now) {
        List<String> ids = Stream.generate(ReservationKey::randomPart).limit(OFFERS_PER_CALL)
                .toList();
        return new WaitingCall(now.toEpochMilli(),
                now.plus(settings.offerWindow()).toEpochMilli(), ids);
    }

    /** After a ledger step called the line: records its offers, then tells listeners. */
    public void lineCalled(LineChanges line) {
        if (line.offers().isEmpty() && !line.moved()) {
            return;
        }
        line.offers().forEach(offer -> recordOffer(line.showId(), offer));
        events.publish(line.seats());
        for (LineListener listener : lineListeners) {
            try {
                listener.lineChanged(line);
            } catch (RuntimeException e) {
                log.error("Listener failed on the waiting line of show {}", line.showId(), e);
            }
        }
    }

    /**
     * Writes the reservation an offer is, unless it was written already: after the ledger's
     * step, and again whenever the offer is read, in case the member that made it died first.
     */
    public void recordOffer(long showId, LineOffer offer) {
        ReservationKey key = new ReservationKey(offer.reservationId(), showId);
        if (reservations.containsKey(key)) {
            return;
        }
        ShowSnapshot show = showOf(showId);
        Instant expiresAt = Instant.ofEpochMilli(offer.expiresAt());
        Reservation reservation = new Reservation(offer.reservationId(), showId,
                offer.sessionId(), offer.seats(), Map.of(), total(show, offer.seats(), Map.of()),
                ReservationStatus.RESERVED, expiresAt.minus(settings.offerWindow()), expiresAt,
                offer.apiKeyId(), null);
        reservations.putIfAbsent(key, reservation);
        log.info("Offered seats {} of show {} to waiting customer {} as reservation {}",
                offer.seats(), showId, offer.waitId(), offer.reservationId());
    }

    /** Marks an offer given back by its waiting customer as released. */
    public void offerReleased(long showId, String reservationId) {
        reservations.executeOnKey(new ReservationKey(reservationId, showId),
                ReservationTransition.released());
    }

    /** Runs a waiting-line step on the show's ledger, building the ledger if needed. */
    public <R> R onShowLedger(long showId, EntryProcessor<Long, SeatLedger, R> step) {
        return onLedger(showOf(showId), step);
    }

    /** Publishes seat changes made by a waiting-line step. */
    public void publish(SeatsChanged changes) {
        events.publish(changes);
    }

    IMap<ReservationKey, Reservation> reservations() {
        return reservations;
    }

    IMap<Long, SeatLedger> ledgers() {
        return ledgers;
    }

    /** Runs a step on the show's ledger, building the ledger first if the show has none. */
    private <R> R onLedger(ShowSnapshot show, EntryProcessor<Long, SeatLedger, R> step) {
        R result = ledgers.executeOnKey(show.showId(), step);
        if (result != null) {
            return result;
        }
        ledgers.putIfAbsent(show.showId(), builder.build(show));
        return ledgers.executeOnKey(show.showId(), step);
    }

    private SeatLedger ledgerOf(ShowSnapshot show) {
        SeatLedger ledger = ledgers.get(show.showId());
        if (ledger != null) {
            return ledger;
        }
        ledgers.putIfAbsent(show.showId(), builder.build(show));
        return ledgers.get(show.showId());
    }

    private ShowSnapshot showOf(long showId) {
        return catalog.show(showId).orElseThrow(() -> ApiException.notFound("show", showId));
    }

    private static ReservationKey keyOf(String reservationId) {
        return ReservationKey.parse(reservationId).orElseThrow(
                () -> new IllegalArgumentException("not a reservation id: " + reservationId));
    }

    private static Money total(ShowSnapshot show, List<String> seats,
                               Map<String, TicketType> ticketTypes) {
        Set<String> distinct = new HashSet<>(seats);
        return distinct.stream()
                .map(seat -> show.price(seat, ticketTypes.getOrDefault(seat, TicketType.ADULT)))
                .reduce(Money::plus)
                .orElseThrow();
    }
}
