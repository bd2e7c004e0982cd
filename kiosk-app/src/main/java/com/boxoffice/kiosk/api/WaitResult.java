package com.boxoffice.kiosk.api;

import com.boxoffice.model.api.WaitlistView;

/**
 * What came of asking to wait for held seats: in line, or refused with the node's reason.
 */
public sealed interface WaitResult {

    record Waiting(WaitlistView place) implements WaitResult {
    }

    /** @param error the node's code, such as SEATS_FREE or SHOW_FULL */
    record Refused(String error, String message) implements WaitResult {
    }
}
