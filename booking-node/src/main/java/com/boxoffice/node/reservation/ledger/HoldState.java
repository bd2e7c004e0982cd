package com.boxoffice.node.reservation.ledger;

/**
 * Why seats are held: a customer's reservation, a payment under way, or an offer to a waiter.
 */
public enum HoldState {
    RESERVED,
    PAYING,
    OFFER
}
