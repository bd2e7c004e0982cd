package com.boxoffice.node.reservation.ledger;

import java.io.Serializable;

/**
 * A customer waiting for seats of a show, kept on the show's ledger so that an offer and the
 * seats it holds change in one step.
 */
public record WaitingCustomer(String waitId, String sessionId, int seatCount, long since)
        implements Serializable {
}
