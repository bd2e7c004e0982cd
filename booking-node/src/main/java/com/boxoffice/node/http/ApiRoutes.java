package com.boxoffice.node.http;

import io.javalin.config.RoutesConfig;

/**
 * A feature's share of the public HTTP API; the server asks each feature to add its routes.
 */
public interface ApiRoutes {

    void addTo(RoutesConfig routes);
}
