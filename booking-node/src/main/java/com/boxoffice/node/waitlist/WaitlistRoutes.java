package com.boxoffice.node.waitlist;

import com.boxoffice.model.api.ApiError;
import com.boxoffice.model.api.WaitlistRequest;
import com.boxoffice.model.api.WaitlistView;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.ApiRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.function.Function;

/**
 * Waiting for held seats: join (202), read, leave, and listen to one's place live. A refused
 * join is answered here, in one place, as 409 naming why. A wait belongs to the API key that
 * joined: reading, leaving or listening with another key is answered 404 like an unknown wait.
 */
public final class WaitlistRoutes implements ApiRoutes {

    private final HazelcastWaitingList waitingList;
    private final WaitlistEventStream events;
    private final Function<Context, String> apiKeyIdOf;

    WaitlistRoutes(HazelcastWaitingList waitingList, WaitlistEventStream events,
                   Function<Context, String> apiKeyIdOf) {
        this.waitingList = waitingList;
        this.events = events;
        this.apiKeyIdOf = apiKeyIdOf;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/shows/{showId}/waitlist", this::join);
        routes.get("/api/v1/waitlist/{waitId}", this::read);
        routes.delete("/api/v1/waitlist/{waitId}", this::cancel);
        routes.before("/api/v1/waitlist/{waitId}/events", ctx -> found(ctx));
        routes.sse("/api/v1/waitlist/{waitId}/events", this::listen);
    }

    private void join(Context ctx) {
        long showId = showId(ctx);
        WaitlistRequest body = ctx.bodyAsClass(WaitlistRequest.class);
        if (body == null) {
            throw ApiException.badRequest("body",
                    "a body with sessionId and seatCount is required");
        }

        switch (waitingList.join(showId, body.sessionId(), body.seatCount(),
                apiKeyIdOf.apply(ctx))) {
            case JoinOutcome.Waiting waiting -> ctx.status(202)
                    .header("Location", "/api/v1/waitlist/" + waiting.view().waitId())
                    .json(waiting.view());
            case JoinOutcome.Refused refused -> ctx.status(409)
                    .json(new ApiError(refused.error(), refused.message(), null));
        }
    }

    private void read(Context ctx) {
        ctx.json(found(ctx));
    }

    private void cancel(Context ctx) {
        String waitId = ctx.pathParam("waitId");
        ctx.json(waitingList.cancel(waitId, apiKeyIdOf.apply(ctx))
                .orElseThrow(() -> ApiException.notFound("wait", waitId)));
    }

    private void listen(SseClient client) {
        Context ctx = client.ctx();
        events.listen(found(ctx).showId(), ctx.pathParam("waitId"), apiKeyIdOf.apply(ctx),
                client);
    }

    /** The caller's wait named in the path; 404 when unknown or joined by another key. */
    private WaitlistView found(Context ctx) {
        String waitId = ctx.pathParam("waitId");
        return waitingList.find(waitId, apiKeyIdOf.apply(ctx))
                .orElseThrow(() -> ApiException.notFound("wait", waitId));
    }

    private static long showId(Context ctx) {
        String raw = ctx.pathParam("showId");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("showId", "showId must be a number, was " + raw);
        }
    }
}
