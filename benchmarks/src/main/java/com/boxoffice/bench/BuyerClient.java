package com.boxoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * What a buyer's phone does, over keep-alive HTTP/1.1 on loopback: hold seats, pay, walk away.
 * Every call answers a value; a transport failure is status 0, never an exception, so that the
 * harness counts it.
 */
public final class BuyerClient {

    public static final String APPROVED_CARD = "4242424242424242";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Connections one load generator keeps at most, as a load balancer's pool would. */
    private static final int MAX_IN_FLIGHT = 1024;

    private final HttpClient http;
    private final String apiKey;
    // Fair, so that a buyer waits for a connection in turn, as behind a load balancer.
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT, true);

    public BuyerClient(String apiKey) {
        this.apiKey = apiKey;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** A hold's answer: 201 with the reservation, 409 with the refusal, or a failure. */
    public record HoldAnswer(int status, String reservationId, String error,
                             List<List<String>> alternatives) {

        public boolean held() {
            return status == 201;
        }
    }

    public record PayAnswer(int status, String bookingId, String error) {

        public boolean booked() {
            return status == 200 && bookingId != null;
        }
    }

    public HoldAnswer hold(String baseUrl, long showId, String session, List<String> seats) {
        String body = "{\"sessionId\":\"" + session + "\",\"seats\":" + jsonList(seats) + "}";
        Answer answer = send(post(baseUrl + "/api/v1/shows/" + showId + "/reservations", body));
        if (answer.json() == null) {
            return new HoldAnswer(answer.status(), null, "NO_ANSWER", List.of());
        }
        List<List<String>> alternatives = new ArrayList<>();
        for (JsonNode block : answer.json().path("alternatives")) {
            List<String> labels = new ArrayList<>();
            block.path("seats").forEach(seat -> labels.add(seat.asText()));
            alternatives.add(labels);
        }
        return new HoldAnswer(answer.status(), text(answer.json(), "reservationId"),
                text(answer.json(), "error"), alternatives);
    }

    public PayAnswer pay(String baseUrl, String reservationId, String idempotencyKey) {
        String body = "{\"idempotencyKey\":\"" + idempotencyKey + "\",\"method\":{\"type\":"
                + "\"CARD\",\"cardNumber\":\"" + APPROVED_CARD + "\"}}";
        Answer answer = send(post(baseUrl + "/api/v1/reservations/" + reservationId
                + "/payment", body));
        if (answer.json() == null) {
            return new PayAnswer(answer.status(), null, "NO_ANSWER");
        }
        return new PayAnswer(answer.status(), text(answer.json(), "bookingId"),
                text(answer.json(), "error"));
    }

    public int release(String baseUrl, String reservationId) {
        return send(request(baseUrl + "/api/v1/reservations/" + reservationId).DELETE()
                .build()).status();
    }

    /** A GET whose body is read and dropped; answers the status (0 on failure). */
    public int get(String url) {
        return send(request(url).GET().build()).status();
    }

    public JsonNode getJson(String url) {
        return send(request(url).GET().build()).json();
    }

    private HttpRequest post(String url, String body) {
        return request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("X-Api-Key", apiKey);
    }

    private record Answer(int status, JsonNode json) { }

    private Answer send(HttpRequest request) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null);
        }
        try {
            return exchange(request);
        } finally {
            inFlight.release();
        }
    }

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            JsonNode json = body.length == 0 ? null : JSON.readTree(body);
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            return new Answer(0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String jsonList(List<String> values) {
        StringBuilder list = new StringBuilder("[");
        for (String value : values) {
            list.append(list.length() > 1 ? ",\"" : "\"").append(value).append('"');
        }
        return list.append(']').toString();
    }
}
