package com.boxoffice.node.reservation;

import com.boxoffice.model.api.SeatChange;
import com.boxoffice.model.api.SeatEvent;
import com.boxoffice.node.reservation.ledger.SeatsChanged;
import com.hazelcast.topic.ITopic;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends seat changes to the seat-map listeners connected to this node, whichever member
 * decided them. Changes of one show can arrive out of order when different members publish
 * them; each carries its ledger's version, and a seat's older news is not sent after newer.
 * A heartbeat comment goes out regularly so that connections of vanished clients are noticed
 * and dropped.
 */
public final class SeatEventStream implements AutoCloseable {

    public static final String EVENT_NAME = "seats";

    private static final Logger log = LoggerFactory.getLogger(SeatEventStream.class);

    private final ITopic<SeatsChanged> topic;
    private final UUID registration;
    private final Map<Long, Set<SseClient>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Long>> lastVersions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("seat-events").daemon().factory());

    public SeatEventStream(ITopic<SeatsChanged> topic, Duration heartbeatEvery) {
        this.topic = topic;
        // Sending happens on our own thread, so a slow client never holds up Hazelcast's.
        this.registration = topic.addMessageListener(
                message -> sender.execute(() -> deliver(message.getMessageObject())));
        long every = heartbeatEvery.toMillis();
        sender.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Keeps the client's connection open and sends it every change of the show's seats. */
    public void listen(long showId, SseClient client) {
        client.keepAlive();
        listeners.compute(showId, (id, clients) -> {
            Set<SseClient> all = clients != null ? clients : ConcurrentHashMap.newKeySet();
            all.add(client);
            return all;
        });
        client.onClose(() -> forget(showId, client));
        client.sendComment("listening to show " + showId);
    }

    int listenerCount(long showId) {
        return listeners.getOrDefault(showId, Set.of()).size();
    }

    private void deliver(SeatsChanged change) {
        Set<SseClient> clients = listeners.get(change.showId());
        if (clients == null || clients.isEmpty()) {
            return;
        }
        List<SeatChange> newer = newerThanSent(change);
        if (newer.isEmpty()) {
            return;
        }
        SeatEvent event = new SeatEvent(change.showId(), newer);
        for (SseClient client : clients) {
            send(change.showId(), client, event);
        }
    }

    private List<SeatChange> newerThanSent(SeatsChanged change) {
        Map<String, Long> versions = lastVersions.computeIfAbsent(change.showId(),
                id -> new ConcurrentHashMap<>());
        List<SeatChange> newer = new ArrayList<>();
        change.seats().forEach((seat, status) -> {
            Long last = versions.get(seat);
            if (last == null || last < change.version()) {
                versions.put(seat, change.version());
                newer.add(new SeatChange(seat, status));
            }
        });
        return newer;
    }

    private void send(long showId, SseClient client, SeatEvent event) {
        try {
            client.sendEvent(EVENT_NAME, event);
        } catch (RuntimeException e) {
            log.debug("Dropping a seat listener of show {}: {}", showId, e.toString());
            forget(showId, client);
        }
    }

    private void heartbeat() {
        listeners.forEach((showId, clients) -> {
            for (SseClient client : clients) {
                if (client.terminated()) {
                    forget(showId, client);
                    continue;
                }
                try {
                    client.sendComment("heartbeat");
                } catch (RuntimeException e) {
                    forget(showId, client);
                }
            }
        });
    }

    private void forget(long showId, SseClient client) {
        Set<SseClient> left = listeners.computeIfPresent(showId, (id, clients) -> {
            clients.remove(client);
            return clients.isEmpty() ? null : clients;
        });
        if (left == null) {
            lastVersions.remove(showId);
        }
    }

    /** Ends every listener's connection, so that a stopping HTTP server need not wait. */
    @Override
    public void close() {
        topic.removeMessageListener(registration);
        sender.shutdownNow();
        listeners.values().forEach(clients -> clients.forEach(client -> {
            try {
                client.close();
            } catch (RuntimeException e) {
                log.debug("Closing a seat listener failed: {}", e.toString());
            }
        }));
        listeners.clear();
    }
}
