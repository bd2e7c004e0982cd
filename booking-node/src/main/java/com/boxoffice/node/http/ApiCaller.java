package com.boxoffice.node.http;

import io.javalin.http.Context;

/**
 * Who called the API: the id and name of the key the request carried. Routes read it from the
 * request's context with {@link #of(Context)}.
 */
public record ApiCaller(String keyId, String name) {

    static final String ATTRIBUTE = "boxoffice.apiCaller";

    /** The caller of an authenticated request; every route under /api/v1/ has one. */
    public static ApiCaller of(Context ctx) {
        ApiCaller caller = ctx.attribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("no API caller on " + ctx.method() + " " + ctx.path());
        }
        return caller;
    }
}
