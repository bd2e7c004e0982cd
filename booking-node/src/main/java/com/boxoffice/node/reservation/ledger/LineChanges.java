package com.boxoffice.node.reservation.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * What calling a show's waiting line changed: offers made (their seats now held), customers
 * whose wait ended, and whether anybody's place moved.
 *
 * @param seats the offered seats, now HELD
 */
public record LineChanges(long showId, List<LineOffer> offers, List<WaitingCustomer> ended,
                          SeatsChanged seats, boolean moved) implements Serializable {

    public LineChanges {
        offers = List.copyOf(offers);
        ended = List.copyOf(ended);
    }

    public static LineChanges none(long showId) {
        return new LineChanges(showId, List.of(), List.of(), SeatsChanged.none(showId), false);
    }
}
