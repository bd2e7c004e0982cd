package com.boxoffice.model;

/**
 * Why a hold was refused; each is answered with 409 and carried as {@code status} and
 * {@code error}.
 */
public enum RefusalReason {
    /** Some asked seats are taken, but enough others are free: pick again. */
    SEATS_TAKEN,
    /** Too few seats are free, but enough are only held by others: the customer may wait. */
    HELD_BY_OTHERS,
    /** Too few seats are free or held: nothing to wait for. */
    SHOW_FULL,
    /** The show has started. */
    SALES_CLOSED
}
