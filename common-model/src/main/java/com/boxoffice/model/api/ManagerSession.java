package com.boxoffice.model.api;

import java.time.OffsetDateTime;

/**
 * The answer to a manager's sign-in: the session token to send as {@code Authorization: Bearer}
 * on the managers' calls, and when it stops working.
 */
public record ManagerSession(String token, OffsetDateTime expiresAt) {

    /** Keeps the token out of logs and exception messages. */
    @Override
    public String toString() {
        return "ManagerSession[expiresAt=" + expiresAt + "]";
    }
}
