package com.boxoffice.node.booking;

import org.hibernate.Session;

/**
 * Gives a cancelled booking's money back; the payment feature implements it, so that bookings
 * need not know how payments are made.
 */
public interface Refunds {

    /**
     * Marks the booking's payment as being refunded, in the cancelling transaction.
     *
     * @return false when the payment is not yet captured and cannot be refunded now
     */
    boolean start(Session session, String paymentKey);

    /** Refunds through the terminal (once) and frees the seats on the seat ledger. */
    void finish(String paymentKey);
}
