package com.boxoffice.node.http;

import com.boxoffice.model.api.ApiError;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;

/**
 * Lets a request under /api/v1/ through only with a known key, in the header X-Api-Key or the
 * query parameter api_dev_key. The OpenAPI document needs no key; the managers' calls carry a
 * session token instead, and a key sent to them is refused with 403.
 */
final class ApiKeyFilter implements Handler {

    static final String HEADER = "X-Api-Key";
    static final String QUERY_PARAMETER = "api_dev_key";

    private final ApiKeyCheck keys;

    ApiKeyFilter(ApiKeyCheck keys) {
        this.keys = keys;
    }

    @Override
    public void handle(Context ctx) {
        String key = Optional.ofNullable(ctx.header(HEADER))
                .orElse(ctx.queryParam(QUERY_PARAMETER));
        if (ctx.path().startsWith("/api/v1/admin/")) {
            refuseKeyOnAdminCall(key);
            return;
        }
        if (ctx.path().equals("/api/v1/openapi.json")) {
            return;
        }
        if (key == null || key.isBlank()) {
            throw unauthorized("This call needs an API key in the X-Api-Key header.");
        }
        ApiCaller caller = keys.authenticate(key.strip())
                .orElseThrow(() -> unauthorized("The API key is unknown or revoked."));
        ctx.attribute(ApiCaller.ATTRIBUTE, caller);
    }

    /** Managers sign in with a session token; a client's API key opens no admin call. */
    private static void refuseKeyOnAdminCall(String key) {
        if (key != null && !key.isBlank()) {
            throw new ApiException(403, "FORBIDDEN", "An API key cannot call the managers' API;"
                    + " sign in at /api/v1/admin/login and send the session token.", null);
        }
    }

    private static ApiException unauthorized(String message) {
        ApiError body = ApiError.of("UNAUTHORIZED", message);
        return new ApiException(401, body.error(), body.message(), null);
    }
}
