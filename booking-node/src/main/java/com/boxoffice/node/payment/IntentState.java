package com.boxoffice.node.payment;

import java.util.Set;

/**
 * Where a payment attempt stands. PENDING, AUTHORIZED and BOOKED are under way; recovery
 * settles them when their node stops working on them.
 */
public enum IntentState {
    /** Stored, the reservation about to be pinned or pinned; the terminal not yet answered. */
    PENDING,
    /** The terminal approved the amount; no booking yet. */
    AUTHORIZED,
    /** The booking is stored; the charge is not yet captured. */
    BOOKED,
    /** Paid: the booking stands and the charge is captured. */
    CAPTURED,
    /** The terminal declined the card; the hold stays. */
    DECLINED,
    /** The authorization was voided (or never made): nobody was charged. */
    VOIDED,
    /** Turned away before the terminal was asked (hold lapsed, already paid). */
    REFUSED,
    /** The booking is cancelled; the refund is not yet confirmed. */
    REFUNDING,
    /** The booking is cancelled and the charge refunded. */
    REFUNDED;

    static final Set<IntentState> UNDER_WAY = Set.of(PENDING, AUTHORIZED, BOOKED);

    public boolean underWay() {
        return UNDER_WAY.contains(this);
    }
}
