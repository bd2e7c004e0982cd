package com.boxoffice.node.reservation.ledger;

import com.boxoffice.model.WaitStatus;
import java.io.Serializable;

/**
 * A customer waiting for seats of a show, kept on the show's ledger so that an offer and the
 * seats it holds change in one step. Customers who stopped waiting stay on the ledger for a
 * while, so that they can still read how their wait ended.
 *
 * @param waitUntil  epoch millis at which the wait ends unserved (the longest wait, or the
 *                   show's start if sooner)
 * @param offer      the seats held for the customer, once offered; else null
 * @param finishedAt epoch millis at which the wait ended, or 0 while it goes on
 */
public record WaitingCustomer(String waitId, String sessionId, String apiKeyId, int seatCount,
                              long since, long waitUntil, WaitStatus status, LineOffer offer,
                              long finishedAt) implements Serializable {

    public static WaitingCustomer arriving(String waitId, String sessionId, String apiKeyId,
                                           int seatCount, long since, long waitUntil) {
        return new WaitingCustomer(waitId, sessionId, apiKeyId, seatCount, since, waitUntil,
                WaitStatus.WAITING, null, 0);
    }

    public boolean isWaiting() {
        return status == WaitStatus.WAITING;
    }

    /**
     * Whether a caller with this API key may read or leave the wait: a wait belongs to the key
     * that joined the line, as the reservation it may become does, so that wait ids taken from
     * one key's kiosks cannot be used by another. A wait joined without a key (none are,
     * through the API) belongs to nobody.
     */
    public boolean belongsTo(String callerKeyId) {
        return apiKeyId == null || apiKeyId.equals(callerKeyId);
    }

    /** Whether the customer still counts as in line or holding an offer. */
    public boolean isActive() {
        return status == WaitStatus.WAITING || status == WaitStatus.SEATS_AVAILABLE;
    }

    WaitingCustomer offered(LineOffer newOffer) {
        return new WaitingCustomer(waitId, sessionId, apiKeyId, seatCount, since, waitUntil,
                WaitStatus.SEATS_AVAILABLE, newOffer, 0);
    }

    WaitingCustomer finished(WaitStatus newStatus, long at) {
        return new WaitingCustomer(waitId, sessionId, apiKeyId, seatCount, since, waitUntil,
                newStatus, offer, at);
    }
}
