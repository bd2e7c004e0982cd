package com.boxoffice.node.http;

import com.boxoffice.model.api.ApiError;
import com.boxoffice.node.NodeHealth;
import com.fasterxml.jackson.core.JacksonException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's HTTP server: the features' routes under /api/v1/ behind the API key filter, plus
 * /health and /metrics; every error is answered as JSON {"error", "message", "field"}.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(20);
    private static final int ACCEPT_QUEUE = 1024;
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Javalin app;
    private final RequestGate gate;

    private HttpServer(Javalin app, RequestGate gate) {
        this.app = app;
        this.gate = gate;
    }

    public static HttpServer start(int port, ApiKeyCheck keys, List<ApiRoutes> features,
                                   NodeHealth health, PrometheusMeterRegistry meters) {
        RequestGate gate = new RequestGate(meters);
        Javalin app = Javalin.create(config -> {
            configure(config);
            RoutesConfig routes = config.routes;
            gate.addTo(routes);
            routes.before("/api/v1/*", new ApiKeyFilter(keys));
            routes.get("/health", ctx -> health(ctx, health));
            routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(meters.scrape()));
            features.forEach(feature -> feature.addTo(routes));
            addErrorHandlers(routes);
        });
        app.start(port);
        log.info("HTTP API listening on port {}", app.port());
        return new HttpServer(app, gate);
    }

    private static void configure(JavalinConfig config) {
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.defaultContentType = "application/json";
        // Jetty's graceful stop lets the answers of finished handlers reach their clients.
        config.jetty.modifyServer(server -> {
            server.insertHandler(new GracefulHandler());
            server.setErrorHandler(new JsonErrorHandler());
            server.setStopTimeout(DRAIN_TIMEOUT.toMillis());
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    widenAcceptQueues(server);
                }
            });
        });
    }

    /**
     * When a show goes on sale, hundreds of clients connect in the same instant; the JDK's
     * default backlog of 50 would drop their connection attempts into seconds of retries.
     */
    private static void widenAcceptQueues(Server server) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setAcceptQueueSize(ACCEPT_QUEUE);
            }
        }
    }

    private static void health(Context ctx, NodeHealth health) {
        NodeHealth.Report report = health.report();
        ctx.status(report.up() ? 200 : 503).json(report);
    }

    private static void addErrorHandlers(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            ctx.status(e.status()).json(e.body());
        });
        routes.exception(JacksonException.class, (e, ctx) -> ctx.status(400)
                .json(JsonProblems.describe(e)));
        routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                .json(ApiError.of(codeOf(e.getStatus()), e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(ApiError.of("INTERNAL_ERROR", "The node failed to answer;"
                    + " the failure is logged."));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                ctx.json(ApiError.of("NOT_FOUND", "No such resource: " + ctx.path()));
            }
        });
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 409 -> "CONFLICT";
            case 429 -> "TOO_MANY_REQUESTS";
            case 503 -> "UNAVAILABLE";
            default -> "HTTP_" + status;
        };
    }

    /** Every route served, as "METHOD /path" with path parameters in braces. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .distinct()
                .toList();
    }

    public int port() {
        return app.port();
    }

    /**
     * Stops taking requests (new ones get 503), waits for those in flight to finish, then
     * closes the listener.
     */
    @Override
    public void close() {
        int port = app.port();
        gate.close();
        if (!gate.awaitIdle(DRAIN_TIMEOUT)) {
            log.warn("{} requests still running after {}; stopping the HTTP server anyway",
                    gate.inFlight(), DRAIN_TIMEOUT);
        }
        app.stop();
        log.info("HTTP API on port {} stopped", port);
    }
}
