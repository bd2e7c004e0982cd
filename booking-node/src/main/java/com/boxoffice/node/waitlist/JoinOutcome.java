package com.boxoffice.node.waitlist;

import com.boxoffice.model.api.WaitlistView;

/**
 * The outcome of asking to wait; the HTTP layer turns each into its status code in one place.
 */
public sealed interface JoinOutcome {

    /** In line (202). */
    record Waiting(WaitlistView view) implements JoinOutcome {
    }

    /** Waiting is not what the seats call for (409), with the reason as an error code. */
    record Refused(String error, String message) implements JoinOutcome {
    }
}
