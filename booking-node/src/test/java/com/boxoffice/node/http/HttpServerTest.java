package com.boxoffice.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.node.NodeHealth;
import com.boxoffice.node.testing.ApiClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HttpServerTest {

    private static final String KEY = "secret";

    private final AtomicInteger saved = new AtomicInteger();
    private final CountDownLatch slowEntered = new CountDownLatch(1);
    private final CountDownLatch slowMayFinish = new CountDownLatch(1);
    private HttpServer server;
    private ApiClient api;

    record Greeting(String name, int times) {
    }

    @BeforeEach
    void startServer() {
        ApiRoutes testRoutes = routes -> {
            routes.post("/api/v1/greetings", ctx -> {
                Greeting greeting = ctx.bodyAsClass(Greeting.class);
                saved.incrementAndGet();
                ctx.status(201).json(greeting);
            });
            routes.get("/api/v1/refusal", ctx -> {
                throw ApiException.badRequest("seats", "at most 10 seats");
            });
            routes.get("/api/v1/broken", ctx -> {
                throw new IllegalStateException("bug");
            });
            routes.get("/api/v1/caller", ctx -> ctx.json(ApiCaller.of(ctx)));
            routes.get("/api/v1/slow", ctx -> {
                slowEntered.countDown();
                slowMayFinish.await(30, TimeUnit.SECONDS);
                ctx.result("done");
            });
        };
        server = HttpServer.start(0, new SingleKeyCheck(KEY), List.of(testRoutes),
                new NodeHealth(false), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        api = new ApiClient("http://127.0.0.1:" + server.port(), KEY);
    }

    private HttpResponse<String> rawGet(String path, String header, String value)
            throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + server.port() + path))
                            .header(header, value).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @AfterEach
    void stopServer() {
        slowMayFinish.countDown();
        server.close();
    }

    @Nested
    class Errors {

        @Test
        void answersAnOverlongUriWithAJsonErrorThatDoesNotEchoIt() throws Exception {
            String path = "/api/v1/greetings?name=" + "x".repeat(20_000);

            HttpResponse<String> response = rawGet(path, "x-api-key", KEY);

            assertThat(response.statusCode()).isEqualTo(414);
            assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(response.body()).contains("\"error\":\"URI_TOO_LONG\"")
                    .doesNotContain("xxxxxxxx");
        }

        @Test
        void answersOverlargeHeadersWithAJsonError() throws Exception {
            HttpResponse<String> response = rawGet("/health", "x-filler",
                    "y".repeat(20_000));

            assertThat(response.statusCode()).isEqualTo(431);
            assertThat(response.body()).contains("\"error\":\"HEADERS_TOO_LARGE\"")
                    .doesNotContain("yyyyyyyy");
        }

        @Test
        void answersMalformedJsonWith400AndChangesNothing() {
            ApiClient.Response response = api.post("/api/v1/greetings", "{\"name\": \"Ann\", ");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("error").asText()).isEqualTo("BAD_REQUEST");
            assertThat(saved).hasValue(0);
        }

        @Test
        void namesTheFieldOfAWronglyTypedValue() {
            ApiClient.Response response = api.post("/api/v1/greetings",
                    "{\"name\": \"Ann\", \"times\": \"often\"}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("times");
            assertThat(response.json().path("message").asText())
                    .isEqualTo("times must be a whole number.");
            assertThat(saved).hasValue(0);
        }

        @Test
        void saysWhereTheBodyStopsBeingJsonWithoutNamingJavaTypes() {
            ApiClient.Response response = api.post("/api/v1/greetings",
                    "{\"name\": \"Ann\",\n \"times\": 2,,}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("body");
            assertThat(response.json().path("message").asText())
                    .startsWith("The body is not valid JSON (line 2,")
                    .doesNotContain("java.", "com.boxoffice", "Greeting");
            assertThat(saved).hasValue(0);
        }

        @Test
        void tellsAWrongListFromAWrongNumber() {
            ApiClient.Response response = api.post("/api/v1/greetings",
                    "{\"name\": [\"Ann\"], \"times\": 1}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("name");
            assertThat(response.json().path("message").asText()).isEqualTo("name must be text.");
        }

        @Test
        void answersARefusalWithItsStatusAndField() {
            ApiClient.Response response = api.get("/api/v1/refusal");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("seats");
            assertThat(response.json().path("message").asText()).isEqualTo("at most 10 seats");
        }

        @Test
        void answersAnUnexpectedFailureWith500Json() {
            ApiClient.Response response = api.get("/api/v1/broken");

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.json().path("error").asText()).isEqualTo("INTERNAL_ERROR");
            assertThat(response.body()).doesNotContain("bug");
        }

        @Test
        void answersAnUnknownRouteWith404Json() {
            ApiClient.Response response = api.get("/nowhere");

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().path("error").asText()).isEqualTo("NOT_FOUND");
        }
    }

    @Nested
    class Requests {

        @Test
        void acceptsWellFormedJson() {
            ApiClient.Response response = api.post("/api/v1/greetings",
                    "{\"name\": \"Ann\", \"times\": 2}");

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.as(Greeting.class)).isEqualTo(new Greeting("Ann", 2));
            assertThat(saved).hasValue(1);
        }

        @Test
        void tellsTheRouteWhoCalled() {
            ApiClient.Response response = api.get("/api/v1/caller");

            assertThat(response.json().path("keyId").asText())
                    .isEqualTo(SingleKeyCheck.DEMO_KEY_ID);
        }
    }

    @Nested
    class Shutdown {

        @Test
        void letsARequestInFlightFinish() throws Exception {
            CompletableFuture<ApiClient.Response> slow =
                    CompletableFuture.supplyAsync(() -> api.get("/api/v1/slow"));
            assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            await().until(() -> api.get("/health").status() == 503);
            slowMayFinish.countDown();

            assertThat(slow.get(30, TimeUnit.SECONDS).body()).isEqualTo("done");
            closing.get(30, TimeUnit.SECONDS);
        }
    }
}
