package com.boxoffice.kiosk.api;

import com.boxoffice.model.api.ManagerSession;

/**
 * How a manager's sign-in ended: signed in with a session, refused (the node never says whether
 * the name or the password was wrong), or refused for now after too many attempts.
 */
public sealed interface SignInResult {

    record SignedIn(ManagerSession session) implements SignInResult {
    }

    record Refused() implements SignInResult {
    }

    record TooManyAttempts(long retryAfterSeconds) implements SignInResult {
    }
}
