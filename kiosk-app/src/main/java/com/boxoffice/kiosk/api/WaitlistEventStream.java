package com.boxoffice.kiosk.api;

import com.boxoffice.model.api.WaitlistView;
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
 * Reads a waiting customer's place as server-sent events on a virtual thread of its own. The
 * node sends the place on connecting, so a stream that broke off and connected again (failing
 * over like any call) is up to date at once.
 */
public final class WaitlistEventStream implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WaitlistEventStream.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final NodeLink link;
    private final ObjectMapper json;
    private final String waitId;
    private final Consumer<WaitlistView> listener;
    private volatile boolean closed;
    private volatile Stream<String> lines;
    private Thread reader;

    WaitlistEventStream(NodeLink link, ObjectMapper json, String waitId,
                        Consumer<WaitlistView> listener) {
        this.link = link;
        this.json = json;
        this.waitId = waitId;
        this.listener = listener;
    }

    void start() {
        reader = Thread.ofVirtual().name("waitlist-" + waitId).start(this::readUntilClosed);
    }

    private void readUntilClosed() {
        while (!closed) {
            try {
                readOnce();
            } catch (RuntimeException e) {
                if (!closed) {
                    log.warn("Waiting-line events of {} broke off: {}", waitId, e.toString());
                }
            }
            pauseBeforeRetry();
        }
    }

    private void readOnce() {
        String path = "/api/v1/waitlist/" + waitId + "/events";
        HttpResponse<Stream<String>> response = link.send(
                node -> link.request(node, path).header("Accept", "text/event-stream")
                        .GET().build(),
                HttpResponse.BodyHandlers.ofLines(), true);
        lines = response.body();
        if (response.statusCode() != 200) {
            lines.close();
            log.warn("Waiting-line events of {} answered {}", waitId, response.statusCode());
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
                data.append(line.substring(5).strip());
            }
        }
    }

    private void deliver(String event, String data) {
        if (closed || data.isEmpty() || !event.equals("waitlist")) {
            return;
        }
        try {
            listener.accept(json.readValue(data, WaitlistView.class));
        } catch (JsonProcessingException e) {
            log.warn("Waiting-line event of {} could not be read: {}", waitId,
                    e.getOriginalMessage());
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
