package com.boxoffice.node.testing;

import com.boxoffice.node.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small HTTP client for tests: calls a node with an API key (or without one) and reads the
 * answer as JSON.
 */
public final class ApiClient {

    private static final ObjectMapper MAPPER = Json.mapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String apiKey;
    private final String sessionToken;

    public ApiClient(String baseUrl, String apiKey) {
        this(baseUrl, apiKey, null);
    }

    private ApiClient(String baseUrl, String apiKey, String sessionToken) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.sessionToken = sessionToken;
    }

    public ApiClient withKey(String otherKey) {
        return new ApiClient(baseUrl, otherKey, sessionToken);
    }

    /** Sends a manager's session token as {@code Authorization: Bearer} too (null: none). */
    public ApiClient withSessionToken(String token) {
        return new ApiClient(baseUrl, apiKey, token);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Response postJson(String path, Object body) {
        try {
            return post(path, MAPPER.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        if (apiKey != null) {
            builder.header("X-Api-Key", apiKey);
        }
        if (sessionToken != null) {
            builder.header("Authorization", "Bearer " + sessionToken);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: its status, its raw body and the body read as JSON. */
    public record Response(int status, String body, String contentType) {

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public <T> T as(Class<T> type) {
            try {
                return MAPPER.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("not a " + type.getSimpleName() + ": " + body, e);
            }
        }
    }
}
