package com.boxoffice.node.waitlist;

import com.boxoffice.model.api.WaitlistView;
import com.hazelcast.topic.ITopic;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each waiting customer connected to this node their place whenever their show's line
 * changed on any member: event {@code waitlist}, data the {@link WaitlistView}. The first
 * event goes out on connecting; a view is sent only when it differs from the last one sent.
 * A regular heartbeat also re-reads every view, so that a lost message delays news by one
 * beat at most. Every read is made with the listener's API key, so a stream only ever carries
 * a wait of the key that opened it.
 */
public final class WaitlistEventStream implements AutoCloseable {

    public static final String EVENT_NAME = "waitlist";

    private static final Logger log = LoggerFactory.getLogger(WaitlistEventStream.class);

    private final ITopic<WaitlistChanged> topic;
    private final UUID registration;
    /** A wait's view as the key reading it may see it: (waitId, callerKeyId). */
    private final BiFunction<String, String, Optional<WaitlistView>> views;
    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("waitlist-events").daemon().factory());

    private static final class Listener {
        final String waitId;
        final String callerKeyId;
        final SseClient client;
        WaitlistView lastSent;

        Listener(String waitId, String callerKeyId, SseClient client) {
            this.waitId = waitId;
            this.callerKeyId = callerKeyId;
            this.client = client;
        }
    }

    WaitlistEventStream(ITopic<WaitlistChanged> topic,
                        BiFunction<String, String, Optional<WaitlistView>> views,
                        Duration heartbeat) {
        this.topic = topic;
        this.views = views;
        // Reading and sending happen on our own thread, never on Hazelcast's.
        this.registration = topic.addMessageListener(
                message -> later(() -> refresh(message.getMessageObject().showId())));
        long every = heartbeat.toMillis();
        sender.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Keeps the connection open and sends the customer's place now and on every change. */
    void listen(long showId, String waitId, String callerKeyId, SseClient client) {
        client.keepAlive();
        Listener listener = new Listener(waitId, callerKeyId, client);
        listeners.computeIfAbsent(showId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        client.onClose(() -> later(() -> forget(showId, listener)));
        later(() -> update(showId, listener));
    }

    private void later(Runnable task) {
        try {
            sender.execute(task);
        } catch (RejectedExecutionException stopped) {
            // Closing: every listener is being dropped anyway.
        }
    }

    private void refresh(long showId) {
        listeners.getOrDefault(showId, Set.of()).forEach(l -> update(showId, l));
    }

    private void update(long showId, Listener listener) {
        try {
            Optional<WaitlistView> view = views.apply(listener.waitId, listener.callerKeyId);
            if (view.isEmpty() || Objects.equals(view.get(), listener.lastSent)) {
                return;
            }
            listener.client.sendEvent(EVENT_NAME, view.get());
            listener.lastSent = view.get();
        } catch (RuntimeException e) {
            log.debug("Dropping waiting-line listener {} of show {}: {}", listener.waitId,
                    showId, e.toString());
            forget(showId, listener);
        }
    }

    private void heartbeat() {
        listeners.forEach((showId, all) -> all.forEach(listener -> {
            if (listener.client.terminated()) {
                forget(showId, listener);
                return;
            }
            try {
                listener.client.sendComment("heartbeat");
            } catch (RuntimeException e) {
                forget(showId, listener);
                return;
            }
            update(showId, listener);
        }));
    }

    private void forget(long showId, Listener listener) {
        listeners.computeIfPresent(showId, (id, all) -> {
            all.remove(listener);
            return all.isEmpty() ? null : all;
        });
    }

    /** Ends every listener's connection, so that a stopping HTTP server need not wait. */
    @Override
    public void close() {
        topic.removeMessageListener(registration);
        List<Listener> all = listeners.values().stream().flatMap(Set::stream).toList();
        listeners.clear();
        all.forEach(listener -> {
            try {
                listener.client.close();
            } catch (RuntimeException e) {
                log.debug("Closing a waiting-line listener failed: {}", e.toString());
            }
        });
        sender.shutdownNow();
    }
}
