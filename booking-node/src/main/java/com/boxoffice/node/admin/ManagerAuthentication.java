package com.boxoffice.node.admin;

import com.boxoffice.node.http.ApiException;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Lets a managers' call under /api/v1/admin/ through only with an open session's token in
 * {@code Authorization: Bearer}. Sign-in itself needs none; an API key on these calls has
 * already been refused with 403 by the API key filter.
 */
final class ManagerAuthentication implements Handler {

    static final String ATTRIBUTE = "boxoffice.manager";
    private static final String BEARER = "bearer ";

    private final ManagerSessions sessions;

    ManagerAuthentication(ManagerSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.path().equals(AdminRoutes.LOGIN)) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("This call needs a manager's session token in the Authorization"
                    + " header (Bearer); sign in at " + AdminRoutes.LOGIN + ".");
        }
        String token = header.substring(BEARER.length()).strip();
        ManagerSummary manager = sessions.manager(token).orElseThrow(() -> unauthorized(
                "The session token is unknown or has expired; sign in again."));
        ctx.attribute(ATTRIBUTE, manager);
    }

    /** The manager whose session let this call through. */
    static ManagerSummary managerOf(Context ctx) {
        ManagerSummary manager = ctx.attribute(ATTRIBUTE);
        if (manager == null) {
            throw new IllegalStateException("no manager on " + ctx.method() + " " + ctx.path());
        }
        return manager;
    }

    private static ApiException unauthorized(String message) {
        return new ApiException(401, "UNAUTHORIZED", message, null);
    }
}
