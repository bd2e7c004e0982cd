package com.boxoffice.node.reservation;

import java.time.Duration;

/**
 * How holds behave on this node.
 *
 * @param holdTtl            how long a hold lasts
 * @param maxSeats           most seats one reservation may hold
 * @param maxOpenPerSession  open reservations one customer session may have per show
 * @param paymentWindow      how long a hold pinned for payment lasts if payment never answers
 * @param sweepInterval      how often a member frees lapsed seats on the ledgers it owns
 * @param offerWindow        how long seats offered to a waiting customer are held for them
 */
public record ReservationSettings(Duration holdTtl, int maxSeats, int maxOpenPerSession,
                                  Duration paymentWindow, Duration sweepInterval,
                                  Duration offerWindow) {

    public ReservationSettings {
        if (holdTtl.isNegative() || holdTtl.isZero()) {
            throw new IllegalArgumentException("hold TTL must be positive, was " + holdTtl);
        }
        if (offerWindow.isNegative() || offerWindow.isZero()) {
            throw new IllegalArgumentException("offer window must be positive, was "
                    + offerWindow);
        }
        if (maxSeats < 1) {
            throw new IllegalArgumentException("max seats must be at least 1, was " + maxSeats);
        }
        if (maxOpenPerSession < 1) {
            throw new IllegalArgumentException(
                    "open reservations per session must be at least 1, was " + maxOpenPerSession);
        }
    }

    public static ReservationSettings defaults() {
        return new ReservationSettings(Duration.ofMinutes(5), 10, 1, Duration.ofMinutes(10),
                Duration.ofMillis(200), Duration.ofMinutes(2));
    }

    public ReservationSettings withHoldTtl(Duration ttl) {
        return new ReservationSettings(ttl, maxSeats, maxOpenPerSession, paymentWindow,
                sweepInterval, offerWindow);
    }

    public ReservationSettings withMaxSeats(int max) {
        return new ReservationSettings(holdTtl, max, maxOpenPerSession, paymentWindow,
                sweepInterval, offerWindow);
    }

    public ReservationSettings withMaxOpenPerSession(int max) {
        return new ReservationSettings(holdTtl, maxSeats, max, paymentWindow, sweepInterval,
                offerWindow);
    }

    public ReservationSettings withOfferWindow(Duration window) {
        return new ReservationSettings(holdTtl, maxSeats, maxOpenPerSession, paymentWindow,
                sweepInterval, window);
    }
}
