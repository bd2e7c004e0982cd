package com.boxoffice.node.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI document of the public API, served without a
 * key so that clients can generate code before they have one. It is kept in docs/openapi.json.
 */
public final class OpenApiRoutes implements ApiRoutes {

    static final String RESOURCE = "/api/openapi.json";

    private final byte[] document;

    public OpenApiRoutes() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the node's jar lacks " + RESOURCE);
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/openapi.json", this::serve);
    }

    private void serve(Context ctx) {
        ctx.contentType("application/json").result(document);
    }
}
