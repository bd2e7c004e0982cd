package com.boxoffice.node.reservation.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * Seats held for one waiting customer alone until {@code expiresAt} (epoch millis), as an
 * ordinary hold in the customer's session under {@code reservationId}.
 */
public record LineOffer(String waitId, String sessionId, String apiKeyId, String reservationId,
                        List<String> seats, long expiresAt) implements Serializable {

    public LineOffer {
        seats = List.copyOf(seats);
    }
}
