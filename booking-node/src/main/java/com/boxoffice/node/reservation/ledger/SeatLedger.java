package com.boxoffice.node.reservation.ledger;

import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.WaitStatus;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds which seat of one show, which seats are sold and who waits for seats. It is the
 * single entry that Hazelcast changes atomically for the show, so every decision about its
 * seats is made here, by one entry processor at a time, on the member that owns the show.
 *
 * <p>Every method is deterministic in its arguments: the same step replayed on the backup
 * gives the same ledger. A hold counts while its stored expiry time is in the future; a lapsed
 * hold that no sweep has removed yet holds nothing.
 */
public final class SeatLedger implements Serializable {

    private final long showId;
    private final List<String> seats;
    private final long forgetAfter;
    private final Map<String, SeatHold> holds = new LinkedHashMap<>();
    private final Set<String> sold = new HashSet<>();
    private final WaitingLine line = new WaitingLine();
    private long version;

    /**
     * @param seats       the hall's seat labels
     * @param forgetAfter epoch millis after which the show is over and the ledger may go
     * @param version     where versions start; a rebuilt ledger starts above the lost one
     */
    public SeatLedger(long showId, List<String> seats, long forgetAfter, long version) {
        this.showId = showId;
        this.seats = List.copyOf(seats);
        this.forgetAfter = forgetAfter;
        this.version = version;
    }

    public long showId() {
        return showId;
    }

    public List<String> seats() {
        return seats;
    }

    public long version() {
        return version;
    }

    /** Everyone on the waiting line, in arrival order, including those whose wait ended. */
    public List<WaitingCustomer> waiters() {
        return line.customers();
    }

    public Optional<SeatHold> hold(String reservationId) {
        return Optional.ofNullable(holds.get(reservationId));
    }

    /** What the seat map shows for a seat at the given time. */
    public SeatStatus status(String seat, long now) {
        if (sold.contains(seat)) {
            return SeatStatus.BOOKED;
        }
        return liveHoldsBySeat(now).containsKey(seat) ? SeatStatus.HELD : SeatStatus.AVAILABLE;
    }

    /** Every seat's status at once, cheaper than asking seat by seat. */
    public Map<String, SeatStatus> statuses(long now) {
        Map<String, SeatHold> held = liveHoldsBySeat(now);
        Map<String, SeatStatus> statuses = new LinkedHashMap<>();
        for (String seat : seats) {
            statuses.put(seat, sold.contains(seat) ? SeatStatus.BOOKED
                    : held.containsKey(seat) ? SeatStatus.HELD : SeatStatus.AVAILABLE);
        }
        return statuses;
    }

    /** Seats sold while this ledger was built or since. */
    public Set<String> sold() {
        return Set.copyOf(sold);
    }

    // ---- steps that change the ledger ----

    /** Adds a hold found in the database or the reservations map while building the ledger. */
    public void restore(SeatHold hold) {
        holds.put(hold.reservationId(), hold);
    }

    public void restoreSold(Set<String> soldSeats) {
        sold.addAll(soldSeats);
    }

    /**
     * Holds every asked seat for the reservation, or none. Repeating a hold that was already
     * made (a retried operation) answers as the first time did.
     */
    public HoldDecision hold(long now, String reservationId, String sessionId,
                             List<String> asked, long expiresAt, int maxOpenPerSession) {
        SeatHold existing = holds.get(reservationId);
        if (existing != null) {
            return new HoldDecision.Held(existing.expiresAt(), SeatsChanged.none(showId));
        }
        Optional<String> open = openReservationOf(sessionId, now, maxOpenPerSession);
        if (open.isPresent()) {
            return new HoldDecision.SessionLimit(open.get());
        }

        Map<String, SeatHold> held = liveHoldsBySeat(now);
        Set<String> promised = promisedToLine(now, held);
        boolean allFree = asked.stream().noneMatch(s -> sold.contains(s) || held.containsKey(s)
                || promised.contains(s));
        if (!allFree) {
            return refusal(asked.size(), held, promised);
        }

        holds.put(reservationId, new SeatHold(reservationId, sessionId, asked, expiresAt,
                HoldState.RESERVED, 0));
        return new HoldDecision.Held(expiresAt, changed(asked, SeatStatus.HELD));
    }

    /** Gives a RESERVED hold's seats back; a hold being paid is not released. */
    public Optional<SeatsChanged> release(String reservationId, long now) {
        SeatHold hold = holds.get(reservationId);
        if (hold == null || hold.state() == HoldState.PAYING) {
            return Optional.empty();
        }
        holds.remove(reservationId);
        line.offerEnded(reservationId, WaitStatus.CANCELLED, now);
        return Optional.of(changed(freedBy(hold, now), SeatStatus.AVAILABLE));
    }

    /**
     * Pins a reservation as PAYING until {@code pinnedUntil}. A hold that lapsed, or was swept
     * away, is pinned again only if every one of its seats is still free.
     */
    public PinDecision pin(long now, String reservationId, String sessionId, List<String> asked,
                           long pinnedUntil) {
        SeatHold hold = holds.get(reservationId);
        if (hold != null && hold.state() == HoldState.PAYING && hold.isLiveAt(now)) {
            return new PinDecision.InProgress();
        }
        if (hold != null && hold.isLiveAt(now)) {
            holds.put(reservationId, hold.pinned(now, pinnedUntil));
            return new PinDecision.Pinned(pinnedUntil, changed(List.of(), SeatStatus.HELD));
        }

        // The hold lapsed: it holds nothing, so only others' holds and sales can be in the way.
        Map<String, SeatHold> held = liveHoldsBySeat(now);
        Set<String> promised = promisedToLine(now, held);
        if (asked.stream().anyMatch(s -> sold.contains(s) || held.containsKey(s)
                || promised.contains(s))) {
            return new PinDecision.Gone();
        }
        holds.put(reservationId, new SeatHold(reservationId, sessionId, asked, pinnedUntil,
                HoldState.PAYING, 0));
        return new PinDecision.Pinned(pinnedUntil, changed(asked, SeatStatus.HELD));
    }

    /** Back to RESERVED with the time the hold had left; empty when it was not pinned. */
    public Optional<Long> unpin(String reservationId, long now) {
        SeatHold hold = holds.get(reservationId);
        if (hold == null || hold.state() != HoldState.PAYING) {
            return Optional.empty();
        }
        SeatHold reserved = hold.unpinned(now);
        holds.put(reservationId, reserved);
        version++;
        return Optional.of(reserved.expiresAt());
    }

    /** The reservation's seats are sold; its hold, whatever its state, is gone. */
    public SeatsChanged confirm(String reservationId, List<String> paidSeats) {
        holds.remove(reservationId);
        sold.addAll(paidSeats);
        return changed(paidSeats, SeatStatus.BOOKED);
    }

    /** A cancelled booking's seats are for sale again. */
    public SeatsChanged freeSold(List<String> cancelled, long now) {
        List<String> freed = new ArrayList<>();
        Map<String, SeatHold> held = liveHoldsBySeat(now);
        for (String seat : cancelled) {
            if (sold.remove(seat) && !held.containsKey(seat)) {
                freed.add(seat);
            }
        }
        return changed(freed, SeatStatus.AVAILABLE);
    }

    /** Removes every hold whose time is up and reports the seats that became free. */
    public SweepResult sweep(long now) {
        List<SeatHold> lapsed = holds.values().stream().filter(h -> !h.isLiveAt(now)).toList();
        if (lapsed.isEmpty()) {
            return new SweepResult(List.of(), SeatsChanged.none(showId), now > forgetAfter);
        }
        lapsed.forEach(h -> holds.remove(h.reservationId()));
        lapsed.forEach(h -> line.offerEnded(h.reservationId(), WaitStatus.EXPIRED, now));

        List<String> freed = new ArrayList<>();
        for (SeatHold hold : lapsed) {
            freed.addAll(freedBy(hold, now));
        }
        return new SweepResult(lapsed, changed(freed, SeatStatus.AVAILABLE), now > forgetAfter);
    }

    // ---- the waiting line ----

    /** A waiting customer and their place in line (0 once no longer waiting). */
    public Optional<WaiterPlace> waiter(String waitId) {
        return line.find(waitId).map(c -> new WaiterPlace(c, line.positionOf(waitId)));
    }

    /**
     * Puts a customer in line, allowed only while too few seats are free for them and enough
     * are held by others: with free seats they should reserve, with too few unsold ones there
     * is nothing to wait for. Repeating a join that was made answers as the first time did.
     */
    public JoinDecision joinLine(long now, WaitingCustomer customer) {
        if (line.find(customer.waitId()).isPresent()) {
            return new JoinDecision.Joined(customer, line.positionOf(customer.waitId()));
        }
        Optional<WaitingCustomer> already = line.activeOfSession(customer.sessionId()).stream()
                .filter(c -> c.isWaiting() || offerStands(c.offer(), now))
                .findFirst();
        if (already.isPresent()) {
            // Another key's wait is not named: its id would let the caller read nothing, but
            // it is that key's to know.
            boolean sameKey = Objects.equals(already.get().apiKeyId(), customer.apiKeyId());
            return new JoinDecision.AlreadyWaiting(sameKey ? already.get().waitId() : null);
        }

        Map<String, SeatHold> held = liveHoldsBySeat(now);
        Set<String> promised = promisedToLine(now, held);
        long free = seats.stream()
                .filter(s -> !sold.contains(s) && !held.containsKey(s) && !promised.contains(s))
                .count();
        if (free >= customer.seatCount()) {
            return new JoinDecision.SeatsFree((int) free);
        }
        if (seats.size() - sold.size() < customer.seatCount()) {
            return new JoinDecision.ShowFull(seats.size() - sold.size());
        }

        line.add(customer);
        version++;
        return new JoinDecision.Joined(customer, line.positionOf(customer.waitId()));
    }

    /**
     * Takes a customer off the line. An offer not yet being paid is given back, and its seats
     * go to the next customer on the next call; an offer being paid or already paid stays.
     * Another key's customer is unknown to the caller, and stays in line.
     */
    public LeaveDecision leaveLine(String waitId, String callerKeyId, long now) {
        Optional<WaitingCustomer> found = line.find(waitId)
                .filter(customer -> customer.belongsTo(callerKeyId));
        if (found.isEmpty()) {
            return new LeaveDecision.Unknown();
        }
        WaitingCustomer customer = found.get();
        if (customer.isWaiting()) {
            line.end(customer, WaitStatus.CANCELLED, now);
            version++;
            return new LeaveDecision.Left(null, SeatsChanged.none(showId));
        }
        if (customer.status() != WaitStatus.SEATS_AVAILABLE) {
            return new LeaveDecision.AlreadyEnded(customer.status());
        }

        SeatHold offered = holds.get(customer.offer().reservationId());
        if (offered == null || !offered.isLiveAt(now)) {
            return new LeaveDecision.AlreadyEnded(customer.status());
        }
        if (offered.state() == HoldState.PAYING) {
            return new LeaveDecision.OfferBeingPaid(offered.reservationId());
        }
        holds.remove(offered.reservationId());
        line.end(customer, WaitStatus.CANCELLED, now);
        return new LeaveDecision.Left(offered.reservationId(),
                changed(freedBy(offered, now), SeatStatus.AVAILABLE));
    }

    /**
     * Calls the line: ends waits that ran out or can no longer be served, and holds free seats
     * for the longest-waiting customers whose count fits, as offers until the call's end.
     */
    public LineChanges callLine(WaitingCall call) {
        if (line.isEmpty()) {
            return LineChanges.none(showId);
        }
        List<String> free = freeSeats(call.now());
        String prefix = "R" + showId + "-";
        WaitingLine.Called called = line.call(call, prefix, free, seats.size() - sold.size());
        if (!called.changedAnything()) {
            return LineChanges.none(showId);
        }

        List<String> offered = new ArrayList<>();
        for (LineOffer offer : called.offers()) {
            holds.put(offer.reservationId(), new SeatHold(offer.reservationId(),
                    offer.sessionId(), offer.seats(), offer.expiresAt(), HoldState.OFFER, 0));
            offered.addAll(offer.seats());
        }
        SeatsChanged changes = changed(offered, SeatStatus.HELD);
        boolean moved = !called.offers().isEmpty() || !called.ended().isEmpty();
        return new LineChanges(showId, called.offers(), called.ended(), changes, moved);
    }

    // ---- helpers ----

    private boolean offerStands(LineOffer offer, long now) {
        SeatHold hold = holds.get(offer.reservationId());
        return hold != null && hold.isLiveAt(now);
    }

    private List<String> freeSeats(long now) {
        Map<String, SeatHold> held = liveHoldsBySeat(now);
        return seats.stream().filter(s -> !sold.contains(s) && !held.containsKey(s)).toList();
    }

    /** Free seats that the waiting line would take first; none when nobody waits. */
    private Set<String> promisedToLine(long now, Map<String, SeatHold> held) {
        if (!line.hasWaiting()) {
            return Set.of();
        }
        List<String> free = seats.stream()
                .filter(s -> !sold.contains(s) && !held.containsKey(s))
                .toList();
        return line.promised(free, now);
    }

    private Optional<String> openReservationOf(String sessionId, long now, int maxOpen) {
        List<String> open = holds.values().stream()
                .filter(h -> h.sessionId().equals(sessionId) && h.isLiveAt(now))
                .map(SeatHold::reservationId)
                .toList();
        return open.size() >= maxOpen ? Optional.of(open.getFirst()) : Optional.empty();
    }

    /**
     * With n seats asked: n free seats elsewhere means pick again; enough seats counting those
     * others hold means wait; otherwise the show is full.
     */
    private HoldDecision refusal(int asked, Map<String, SeatHold> held, Set<String> promised) {
        List<String> free = seats.stream()
                .filter(s -> !sold.contains(s) && !held.containsKey(s) && !promised.contains(s))
                .toList();
        if (free.size() >= asked) {
            return new HoldDecision.Refused(RefusalReason.SEATS_TAKEN, free);
        }
        if (seats.size() - sold.size() >= asked) {
            return new HoldDecision.Refused(RefusalReason.HELD_BY_OTHERS, List.of());
        }
        return new HoldDecision.Refused(RefusalReason.SHOW_FULL, List.of());
    }

    /** The seats of a removed hold that nobody else holds or bought meanwhile. */
    private List<String> freedBy(SeatHold hold, long now) {
        Map<String, SeatHold> held = liveHoldsBySeat(now);
        return hold.seats().stream()
                .filter(s -> !sold.contains(s) && !held.containsKey(s))
                .toList();
    }

    private Map<String, SeatHold> liveHoldsBySeat(long now) {
        Map<String, SeatHold> bySeat = new HashMap<>();
        for (SeatHold hold : holds.values()) {
            if (hold.isLiveAt(now)) {
                hold.seats().forEach(seat -> bySeat.put(seat, hold));
            }
        }
        return bySeat;
    }

    /** Every change gets a new version, so listeners can order what they hear. */
    private SeatsChanged changed(List<String> changedSeats, SeatStatus status) {
        version++;
        Map<String, SeatStatus> change = new HashMap<>();
        changedSeats.forEach(seat -> change.put(seat, status));
        return new SeatsChanged(showId, version, change);
    }
}
