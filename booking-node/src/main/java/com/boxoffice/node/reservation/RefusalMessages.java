package com.boxoffice.node.reservation;

import com.boxoffice.model.RefusalReason;

/**
 * What a customer is told when a hold is refused.
 */
final class RefusalMessages {

    private RefusalMessages() {
    }

    static String of(RefusalReason reason) {
        return switch (reason) {
            case SEATS_TAKEN -> "Some of these seats are taken; other seats are free.";
            case HELD_BY_OTHERS -> "Too few seats are free, but others hold some for now:"
                    + " you may wait for them.";
            case SHOW_FULL -> "The show is sold out.";
            case SALES_CLOSED -> "The show has started; sales are closed.";
        };
    }
}
