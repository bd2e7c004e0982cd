package com.boxoffice.kiosk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads one stream of server-sent events of a node on a virtual thread of its own: a show's
 * seat changes or a waiting customer's place. When the stream breaks it connects again
 * (failing over like any call) and says so, so that the listener can reload what it may have
 * missed.
 *
 * @param <T> what the events' data is read as
 */
public final class EventStream<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventStream.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final NodeLink link;
    private final ObjectMapper json;
    private final String path;
    private final String eventName;
    private final Class<T> type;
    private final Consumer<T> listener;
    private final Runnable onReconnect;
    private volatile boolean closed;
    private volatile Stream<String> lines;
    private Thread reader;

    EventStream(NodeLink link, ObjectMapper json, String path, String eventName, Class<T> type,
                Consumer<T> listener, Runnable onReconnect) {
        this.link = link;
        this.json = json;
        this.path = path;
        this.eventName = eventName;
        this.type = type;
        this.listener = listener;
        this.onReconnect = onReconnect;
    }

    void start() {
        reader = Thread.ofVirtual().name("events " + path).start(this::readUntilClosed);
    }

    private void readUntilClosed() {
        boolean first = true;
        while (!closed) {
            try {
                if (!first) {
                    onReconnect.run();
                }
                first = false;
                readOnce();
            } catch (RuntimeException e) {
                if (!closed) {
                    log.warn("Events of {} broke off: {}", path, e.toString());
                }
            }
            pauseBeforeRetry();
        }
    }

    private void readOnce() {
        HttpResponse<Stream<String>> response = link.send(
                node -> link.request(node, path)
                        .header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines(), true);
        lines = response.body();
        if (response.statusCode() != 200) {
            lines.close();
            log.warn("Events of {} answered {}", path, response.statusCode());
            return;
        }
        try (Stream<String> body = lines) {
            dispatch(body.iterator());
        }
    }

    /** Server-sent events: "event:" and "data:" lines, each event ended by a blank line. */
    private void dispatch(Iterator<String> body) {
        String event = "";
        StringBuilder data = new StringBuilder();
        while (!closed && body.hasNext()) {
            String line = body.next();
            if (line.isEmpty()) {
                deliver(event, data.toString());
                event = "";
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                if (!data.isEmpty()) {
                    data.append('\n');
                }
                data.append(line.substring(5).strip());
            }
        }
    }

    private void deliver(String event, String data) {
        if (closed || data.isEmpty() || !(event.isEmpty() || event.equals(eventName))) {
            return;
        }
        try {
            listener.accept(json.readValue(data, type));
        } catch (JsonProcessingException e) {
            log.warn("Event of {} could not be read: {}", path, e.getOriginalMessage());
        }
    }

    private void pauseBeforeRetry() {
        if (closed) {
            return;
        }
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        if (reader != null) {
            reader.interrupt();
        }
    }
}
