package com.boxoffice.node.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests in flight so that a stopping node lets them finish, turns new ones away
 * with 503 meanwhile, and times each request for /metrics.
 */
final class RequestGate {

    private static final String STARTED = "boxoffice.requestStarted";

    private final MeterRegistry meters;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean open = true;

    RequestGate(MeterRegistry meters) {
        this.meters = meters;
        meters.gauge("http.server.requests.active", inFlight);
    }

    void addTo(RoutesConfig routes) {
        routes.before(this::enter);
        routes.after(this::leave);
    }

    private void enter(Context ctx) {
        if (!open) {
            throw new ApiException(503, "SHUTTING_DOWN", "This node is shutting down; try another.",
                    null);
        }
        inFlight.incrementAndGet();
        ctx.attribute(STARTED, System.nanoTime());
    }

    private void leave(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", String.valueOf(ctx.statusCode()))
                .register(meters)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        if (inFlight.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    private static String route(Context ctx) {
        try {
            return ctx.endpoint() == null ? "unmatched" : ctx.endpoint().path;
        } catch (RuntimeException noEndpoint) {
            return "unmatched";
        }
    }

    void close() {
        open = false;
    }

    int inFlight() {
        return inFlight.get();
    }

    boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(idle, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
