package com.boxoffice.node.reservation;

import com.boxoffice.model.api.SeatEvent;
import com.boxoffice.node.http.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * A seat map listening to a node's server-sent events, as a kiosk would, keeping every
 * {@code seats} event it hears.
 */
final class SeatEventListener implements AutoCloseable {

    private static final ObjectMapper JSON = Json.mapper();

    private final List<SeatEvent> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final Stream<String> lines;
    private final Thread reader;
    private final int status;

    SeatEventListener(String baseUrl, long showId, String apiKey) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl + "/api/v1/shows/" + showId + "/events"))
                .header("X-Api-Key", apiKey)
                .header("Accept", "text/event-stream")
                .build();
        try {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get();
            this.status = response.statusCode();
            this.lines = response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not listen to show " + showId, e);
        }
        this.reader = Thread.ofVirtual().start(this::read);
    }

    private void read() {
        String event = null;
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "seats".equals(event)) {
                    events.add(JSON.readValue(line.substring(5).strip(), SeatEvent.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException closed) {
            // The test closed the connection.
        }
    }

    int status() {
        return status;
    }

    List<SeatEvent> events() {
        return List.copyOf(events);
    }

    /** Whether the node has confirmed the subscription, so that no change can be missed. */
    boolean listening() {
        return comments.stream().anyMatch(c -> c.startsWith("listening"));
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
