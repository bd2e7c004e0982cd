package com.boxoffice.model;

/**
 * Who a ticket is for; a child or concession ticket costs a percentage less than an adult one.
 */
public enum TicketType {
    ADULT(0),
    CHILD(30),
    CONCESSION(20);

    private final int defaultDiscountPercent;

    TicketType(int defaultDiscountPercent) {
        this.defaultDiscountPercent = defaultDiscountPercent;
    }

    /** The discount on the adult price used unless a cinema sets its own. */
    public int defaultDiscountPercent() {
        return defaultDiscountPercent;
    }
}
