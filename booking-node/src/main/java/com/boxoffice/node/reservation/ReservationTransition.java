package com.boxoffice.node.reservation;

import com.boxoffice.model.ReservationStatus;
import com.hazelcast.map.EntryProcessor;
import java.time.Instant;
import java.util.Map;

/**
 * Brings a reservation's record in line with what its show's ledger just decided. The ledger
 * is the truth about seats; the record follows it, and each change checks that the record is
 * still in the state the ledger's decision was about, so that a late message cannot undo a
 * newer one (a sweep's "lapsed" arriving after a payment pinned the seats again).
 */
public final class ReservationTransition
        implements EntryProcessor<ReservationKey, Reservation, Reservation> {

    private enum Kind { RELEASE, LAPSE, PIN, UNPIN, CONFIRM }

    private final Kind kind;
    private final ReservationStatus expectedStatus;
    private final Instant expiresAt;
    private final String bookingId;

    private ReservationTransition(Kind kind, ReservationStatus expectedStatus, Instant expiresAt,
                                  String bookingId) {
        this.kind = kind;
        this.expectedStatus = expectedStatus;
        this.expiresAt = expiresAt;
        this.bookingId = bookingId;
    }

    public static ReservationTransition released() {
        return new ReservationTransition(Kind.RELEASE, ReservationStatus.RESERVED, null, null);
    }

    /** The hold in the given state that was to end at {@code expiredAt} has lapsed. */
    public static ReservationTransition lapsed(ReservationStatus heldAs, Instant expiredAt) {
        return new ReservationTransition(Kind.LAPSE, heldAs, expiredAt, null);
    }

    public static ReservationTransition pinned(Instant pinnedUntil) {
        return new ReservationTransition(Kind.PIN, null, pinnedUntil, null);
    }

    public static ReservationTransition unpinned(Instant expiresAt) {
        return new ReservationTransition(Kind.UNPIN, ReservationStatus.PAYING, expiresAt, null);
    }

    public static ReservationTransition confirmed(String bookingId) {
        return new ReservationTransition(Kind.CONFIRM, null, null, bookingId);
    }

    @Override
    public Reservation process(Map.Entry<ReservationKey, Reservation> entry) {
        Reservation current = entry.getValue();
        if (current == null) {
            return null;
        }
        Reservation next = next(current);
        if (next != null) {
            entry.setValue(next);
            return next;
        }
        return current;
    }

    private Reservation next(Reservation r) {
        return switch (kind) {
            case RELEASE -> r.status() == expectedStatus
                    ? r.withStatus(ReservationStatus.RELEASED) : null;
            case LAPSE -> r.status() == expectedStatus && r.expiresAt().equals(expiresAt)
                    ? r.withStatus(ReservationStatus.LAPSED) : null;
            // A lapsed hold may be paid if its seats are still free; a released one may not.
            case PIN -> r.status() != ReservationStatus.CONFIRMED
                    && r.status() != ReservationStatus.RELEASED
                    ? r.withStatus(ReservationStatus.PAYING, expiresAt) : null;
            case UNPIN -> r.status() == expectedStatus
                    ? r.withStatus(ReservationStatus.RESERVED, expiresAt) : null;
            case CONFIRM -> r.confirmed(bookingId);
        };
    }
}
