package com.boxoffice.node.waitlist;

import com.boxoffice.model.WaitStatus;
import com.boxoffice.model.api.Offer;
import com.boxoffice.model.api.WaitlistView;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.reservation.HazelcastReservationEngine;
import com.boxoffice.node.reservation.ledger.JoinDecision;
import com.boxoffice.node.reservation.ledger.JoinLineStep;
import com.boxoffice.node.reservation.ledger.LeaveDecision;
import com.boxoffice.node.reservation.ledger.LeaveLineStep;
import com.boxoffice.node.reservation.ledger.LineChanges;
import com.boxoffice.node.reservation.ledger.LineOffer;
import com.boxoffice.node.reservation.ledger.SeatLedger;
import com.boxoffice.node.reservation.ledger.WaiterLookup;
import com.boxoffice.node.reservation.ledger.WaiterPlace;
import com.boxoffice.node.reservation.ledger.WaitingCustomer;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waiting list on the cluster. Waiting customers live on their show's seat ledger, so a
 * customer joins, leaves and is offered seats in the same entry-processor steps that change the
 * seats, on the member that owns the show, replayed on its backup. Offers are made by the
 * ledger sweep that frees seats; this class answers customers and tells listeners.
 */
public final class HazelcastWaitingList {

    private static final Logger log = LoggerFactory.getLogger(HazelcastWaitingList.class);

    private final HazelcastReservationEngine engine;
    private final IMap<Long, SeatLedger> ledgers;
    private final ShowCatalog catalog;
    private final ITopic<WaitlistChanged> changes;
    private final Duration maxWait;
    private final Clock clock;

    HazelcastWaitingList(HazelcastReservationEngine engine, IMap<Long, SeatLedger> ledgers,
                         ShowCatalog catalog, ITopic<WaitlistChanged> changes,
                         Duration maxWait, Clock clock) {
        this.engine = engine;
        this.ledgers = ledgers;
        this.catalog = catalog;
        this.changes = changes;
        this.maxWait = maxWait;
        this.clock = clock;
        engine.onLineChanged(this::lineChanged);
    }

    /** Puts the session in line for {@code seatCount} seats, if waiting is what can help. */
    public JoinOutcome join(long showId, String sessionId, int seatCount, String apiKeyId) {
        ShowSnapshot show = catalog.show(showId)
                .orElseThrow(() -> ApiException.notFound("show", showId));
        validate(sessionId, seatCount);
        Instant now = clock.instant();
        if (!show.onSaleAt(now)) {
            return new JoinOutcome.Refused("SALES_CLOSED", "show " + showId + " has started");
        }

        Instant waitUntil = earlier(now.plus(maxWait), show.startsAt());
        WaitingCustomer customer = WaitingCustomer.arriving(WaitId.newFor(showId).waitId(),
                sessionId, apiKeyId, seatCount, now.toEpochMilli(), waitUntil.toEpochMilli());
        JoinDecision decision = engine.onShowLedger(showId,
                new JoinLineStep(now.toEpochMilli(), customer));

        return switch (decision) {
            case JoinDecision.Joined joined -> joined(show, joined);
            case JoinDecision.SeatsFree free -> new JoinOutcome.Refused("SEATS_FREE",
                    free.free() + " seats are free now: reserve them instead of waiting");
            case JoinDecision.ShowFull full -> new JoinOutcome.Refused("SHOW_FULL",
                    "only " + full.unsold() + " seats are left unsold, " + seatCount
                            + " were asked: waiting cannot help");
            case JoinDecision.AlreadyWaiting already -> new JoinOutcome.Refused(
                    "ALREADY_WAITING", "session already waits for show " + showId
                    + (already.waitId() == null ? "" : " as " + already.waitId()));
        };
    }

    private JoinOutcome joined(ShowSnapshot show, JoinDecision.Joined joined) {
        WaitingCustomer customer = joined.customer();
        publish(show.showId());
        log.info("Customer {} waits for {} seats of show {} at position {}", customer.waitId(),
                customer.seatCount(), show.showId(), joined.position());
        return new JoinOutcome.Waiting(view(show.showId(),
                new WaiterPlace(customer, joined.position())));
    }

    /**
     * Where the customer stands now; empty for an unknown or long-forgotten wait, and for a
     * wait another API key joined, exactly as if it did not exist.
     */
    public Optional<WaitlistView> find(String waitId, String callerKeyId) {
        Optional<WaitId> id = WaitId.parse(waitId);
        if (id.isEmpty() || catalog.show(id.get().showId()).isEmpty()) {
            return Optional.empty();
        }
        WaiterPlace place = ledgers.executeOnKey(id.get().showId(),
                new WaiterLookup(waitId, callerKeyId));
        if (place == null) {
            return Optional.empty();
        }
        LineOffer offer = place.customer().offer();
        if (offer != null && place.customer().status() == WaitStatus.SEATS_AVAILABLE) {
            // The member that made the offer may have died before writing its reservation.
            engine.recordOffer(id.get().showId(), offer);
        }
        return Optional.of(view(id.get().showId(), place));
    }

    /**
     * Takes the customer off the line; an offer not yet being paid is given back. Leaving a
     * wait that already ended changes nothing; another key's wait is empty and stays as it is.
     */
    public Optional<WaitlistView> cancel(String waitId, String callerKeyId) {
        Optional<WaitId> id = WaitId.parse(waitId);
        if (id.isEmpty() || catalog.show(id.get().showId()).isEmpty()) {
            return Optional.empty();
        }
        long showId = id.get().showId();
        LeaveDecision decision = engine.onShowLedger(showId,
                new LeaveLineStep(waitId, callerKeyId, clock.millis()));

        switch (decision) {
            case LeaveDecision.Unknown ignored -> {
                return Optional.empty();
            }
            case LeaveDecision.OfferBeingPaid paying -> throw new ApiException(409,
                    "OFFER_BEING_PAID", "the seats offered to " + waitId + " are being paid"
                    + " for as reservation " + paying.reservationId(), null);
            case LeaveDecision.Left left -> left(showId, waitId, left);
            case LeaveDecision.AlreadyEnded ignored -> {
                // Nothing changed; the answer below says how the wait ended.
            }
        }
        return find(waitId, callerKeyId);
    }

    private void left(long showId, String waitId, LeaveDecision.Left left) {
        if (left.releasedOffer() != null) {
            engine.offerReleased(showId, left.releasedOffer());
            engine.publish(left.freed());
        }
        publish(showId);
        log.info("Customer {} left the waiting line of show {}{}", waitId, showId,
                left.releasedOffer() == null ? "" : ", giving back " + left.releasedOffer());
    }

    private void lineChanged(LineChanges line) {
        for (WaitingCustomer ended : line.ended()) {
            log.info("Customer {} stopped waiting for show {}: {}", ended.waitId(),
                    line.showId(), ended.status());
        }
        publish(line.showId());
    }

    private void publish(long showId) {
        try {
            changes.publish(new WaitlistChanged(showId));
        } catch (RuntimeException e) {
            // The line changed all the same; listeners see it on their next read.
            log.warn("Could not announce the changed waiting line of show {}: {}", showId,
                    e.toString());
        }
    }

    private WaitlistView view(long showId, WaiterPlace place) {
        WaitingCustomer customer = place.customer();
        Integer position = customer.isWaiting() ? place.position() : null;
        return new WaitlistView(customer.waitId(), showId, customer.status(), position,
                customer.seatCount(), offerView(showId, customer.offer()));
    }

    private Offer offerView(long showId, LineOffer offer) {
        if (offer == null) {
            return null;
        }
        ZoneId zone = catalog.show(showId).map(ShowSnapshot::zone).orElse(ZoneId.of("UTC"));
        return new Offer(offer.reservationId(), offer.seats(),
                Instant.ofEpochMilli(offer.expiresAt()).atZone(zone).toOffsetDateTime());
    }

    private void validate(String sessionId, int seatCount) {
        if (sessionId == null || sessionId.isBlank()) {
            throw ApiException.badRequest("sessionId", "sessionId is required");
        }
        if (sessionId.length() > 100) {
            throw ApiException.badRequest("sessionId", "sessionId is longer than 100 characters");
        }
        int maxSeats = engine.settings().maxSeats();
        if (seatCount < 1 || seatCount > maxSeats) {
            throw ApiException.badRequest("seatCount", "seatCount must be between 1 and "
                    + maxSeats + ", was " + seatCount);
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
