package com.boxoffice.kiosk.api;

import com.boxoffice.model.Movie;
import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.api.ApiError;
import com.boxoffice.model.api.BookingView;
import com.boxoffice.model.api.CinemaHalls;
import com.boxoffice.model.api.CinemaShows;
import com.boxoffice.model.api.CityView;
import com.boxoffice.model.api.ManagerLogin;
import com.boxoffice.model.api.ManagerSession;
import com.boxoffice.model.api.NewMovie;
import com.boxoffice.model.api.NewShow;
import com.boxoffice.model.api.PaymentRequest;
import com.boxoffice.model.api.ReservationRefusal;
import com.boxoffice.model.api.ReservationView;
import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.model.api.SalesReport;
import com.boxoffice.model.api.ScheduledShow;
import com.boxoffice.model.api.SeatEvent;
import com.boxoffice.model.api.SeatMap;
import com.boxoffice.model.api.WaitlistRequest;
import com.boxoffice.model.api.WaitlistView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The booking nodes' public API as the kiosk uses it. Every call blocks, so it is made off the
 * JavaFX thread; expected refusals come back as values, failures as exceptions.
 */
public final class BookingApi {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    private static final String JSON = "application/json";

    private final NodeLink link;
    private final ObjectMapper json = ApiJson.mapper();

    public BookingApi(List<URI> nodes, String apiKey) {
        this.link = new NodeLink(nodes.stream().map(BookingApi::withSlash).toList(), apiKey);
    }

    public List<CityView> cities() {
        return get("/api/v1/cities", new TypeReference<>() { });
    }

    public List<Movie> movies(long cityId) {
        return get("/api/v1/cities/" + cityId + "/movies", new TypeReference<>() { });
    }

    public List<CinemaShows> shows(long movieId, long cityId, LocalDate date) {
        String path = "/api/v1/movies/" + movieId + "/shows?city=" + cityId + "&date=" + date;
        return get(path, new TypeReference<>() { });
    }

    public SeatMap seatMap(long showId) {
        return get("/api/v1/shows/" + showId + "/seats", new TypeReference<>() { });
    }

    public ReservationView reservation(String reservationId) {
        return get("/api/v1/reservations/" + encode(reservationId), new TypeReference<>() { });
    }

    public BookingView booking(String bookingId) {
        return get("/api/v1/bookings/" + encode(bookingId), new TypeReference<>() { });
    }

    /** Asks to hold seats; a refusal the customer can act on is a value, not an error. */
    public HoldResult reserve(long showId, ReserveSeatsRequest request) {
        String path = "/api/v1/shows/" + showId + "/reservations";
        HttpResponse<String> response = post(path, request, false);

        if (response.statusCode() == 201 || response.statusCode() == 200) {
            return new HoldResult.Held(read(response, ReservationView.class));
        }
        if (response.statusCode() == 409) {
            ReservationRefusal refusal = read(response, ReservationRefusal.class);
            RefusalReason reason = refusal.status() != null ? refusal.status() : refusal.error();
            if (reason != null) {
                return new HoldResult.Refused(reason, refusal.alternatives(),
                        Boolean.TRUE.equals(refusal.canWait()));
            }
        }
        throw problem("holding seats", response);
    }

    /** Gives a hold back at once; a hold that is already gone is fine too. */
    public void release(String reservationId) {
        String path = "/api/v1/reservations/" + encode(reservationId);
        HttpResponse<String> response = link.send(
                node -> link.request(node, path).timeout(CALL_TIMEOUT).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(), true);
        int status = response.statusCode();
        if (status >= 400 && status != 404 && status != 409 && status != 410) {
            throw problem("releasing a hold", response);
        }
    }

    /** Pays a hold; one idempotency key per attempt makes repeating the call safe. */
    public PaymentResult pay(String reservationId, PaymentRequest request) {
        String path = "/api/v1/reservations/" + encode(reservationId) + "/payment";
        HttpResponse<String> response = post(path, request, true);

        switch (response.statusCode()) {
            case 200, 201 -> {
                return new PaymentResult.Paid(read(response, BookingView.class));
            }
            case 402 -> {
                return new PaymentResult.Declined(read(response, ApiError.class).message());
            }
            case 410 -> {
                return new PaymentResult.SeatsGone();
            }
            case 409 -> {
                JsonNode body = readTree(response);
                switch (body.path("error").asText()) {
                    case "ALREADY_CONFIRMED" -> {
                        return new PaymentResult.AlreadyPaid(body.path("bookingId").asText());
                    }
                    case "SEATS_SOLD" -> {
                        return new PaymentResult.SeatsGone();
                    }
                    case "PAYMENT_INTERRUPTED", "PAYMENT_IN_PROGRESS" -> {
                        return new PaymentResult.Interrupted();
                    }
                    default -> {
                        // Not an outcome the customer can act on: a failure, below.
                    }
                }
            }
            default -> {
                // Everything else is a failure, below.
            }
        }
        throw problem("paying", response);
    }

    /** Asks to wait for held seats; a refusal is a value with the node's reason. */
    public WaitResult joinWaitlist(long showId, WaitlistRequest request) {
        HttpResponse<String> response = post("/api/v1/shows/" + showId + "/waitlist", request,
                false);
        if (response.statusCode() == 202 || response.statusCode() == 200) {
            return new WaitResult.Waiting(read(response, WaitlistView.class));
        }
        if (response.statusCode() == 409) {
            ApiError refusal = read(response, ApiError.class);
            return new WaitResult.Refused(refusal.error(), refusal.message());
        }
        throw problem("waiting for seats", response);
    }

    public WaitlistView waitlist(String waitId) {
        return get("/api/v1/waitlist/" + encode(waitId), new TypeReference<>() { });
    }

    /** Leaves the waiting line; an offer not yet paid is given back. */
    public WaitlistView leaveWaitlist(String waitId) {
        String path = "/api/v1/waitlist/" + encode(waitId);
        HttpResponse<String> response = link.send(
                node -> link.request(node, path).timeout(CALL_TIMEOUT).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(), true);
        if (response.statusCode() != 200) {
            throw problem("leaving the waiting line", response);
        }
        return read(response, WaitlistView.class);
    }

    /** Signs a manager in; a refusal is a value, so the screen can say so. */
    public SignInResult signIn(ManagerLogin login) {
        String text = write(login);
        HttpResponse<String> response = link.send(
                node -> link.managerRequest(node, "/api/v1/admin/login", null)
                        .timeout(CALL_TIMEOUT).header("Content-Type", JSON).header("Accept", JSON)
                        .POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                HttpResponse.BodyHandlers.ofString(), true);
        return switch (response.statusCode()) {
            case 200 -> new SignInResult.SignedIn(read(response, ManagerSession.class));
            case 401 -> new SignInResult.Refused();
            case 429 -> new SignInResult.TooManyAttempts(response.headers()
                    .firstValueAsLong("Retry-After").orElse(60));
            default -> throw problem("signing in", response);
        };
    }

    /** A day's sales per show, read with a manager's session token. */
    public SalesReport sales(String sessionToken, LocalDate date) {
        return managerGet(sessionToken, "/api/v1/admin/sales?date=" + date,
                new TypeReference<>() { });
    }

    /** Every movie of the catalog, for a manager to schedule. */
    public List<Movie> catalogMovies(String sessionToken) {
        return managerGet(sessionToken, "/api/v1/admin/movies", new TypeReference<>() { });
    }

    /** Every cinema with its halls, for a manager to schedule in. */
    public List<CinemaHalls> halls(String sessionToken) {
        return managerGet(sessionToken, "/api/v1/admin/halls", new TypeReference<>() { });
    }

    /** Adds a movie; the node's refusal is a value, so the screen can say it. */
    public CatalogChange<Movie> addMovie(String sessionToken, NewMovie movie) {
        return managerPost(sessionToken, "/api/v1/admin/movies", movie, Movie.class);
    }

    /** Schedules a show; the node's refusal is a value, so the screen can say it. */
    public CatalogChange<ScheduledShow> scheduleShow(String sessionToken, NewShow show) {
        return managerPost(sessionToken, "/api/v1/admin/shows", show, ScheduledShow.class);
    }

    private <T> T managerGet(String sessionToken, String path, TypeReference<T> type) {
        HttpResponse<String> response = link.send(
                node -> link.managerRequest(node, path, sessionToken).timeout(CALL_TIMEOUT)
                        .header("Accept", JSON).GET().build(),
                HttpResponse.BodyHandlers.ofString(), true);
        if (response.statusCode() != 200) {
            throw problem("GET " + path, response);
        }
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new ApiProblem("GET " + path, response.statusCode(), "UNREADABLE",
                    e.getMessage());
        }
    }

    /** Sent once: a change that reached a node that went quiet is not made again elsewhere. */
    private <T> CatalogChange<T> managerPost(String sessionToken, String path, Object body,
                                             Class<T> type) {
        String text = write(body);
        HttpResponse<String> response = link.send(
                node -> link.managerRequest(node, path, sessionToken).timeout(CALL_TIMEOUT)
                        .header("Content-Type", JSON).header("Accept", JSON)
                        .POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                HttpResponse.BodyHandlers.ofString(), false);
        return switch (response.statusCode()) {
            case 201 -> new CatalogChange.Done<>(read(response, type));
            case 400, 409 -> {
                JsonNode refusal = readTree(response);
                yield new CatalogChange.Refused<>(refusal.path("message").asText(""),
                        refusal.path("field").asText(""));
            }
            default -> throw problem("POST " + path, response);
        };
    }

    /** Listens to a waiting customer's place until the returned stream is closed. */
    public EventStream<WaitlistView> waitlistEvents(String waitId,
                                                    Consumer<WaitlistView> listener) {
        return listen("/api/v1/waitlist/" + waitId + "/events", "waitlist", WaitlistView.class,
                listener, () -> { });
    }

    /** Listens to a show's seat changes until the returned stream is closed. */
    public EventStream<SeatEvent> seatEvents(long showId, Consumer<SeatEvent> listener,
                                             Runnable onReconnect) {
        return listen("/api/v1/shows/" + showId + "/events", "seats", SeatEvent.class, listener,
                onReconnect);
    }

    private <T> EventStream<T> listen(String path, String eventName, Class<T> type,
                                      Consumer<T> listener, Runnable onReconnect) {
        EventStream<T> stream = new EventStream<>(link, json, path, eventName, type, listener,
                onReconnect);
        stream.start();
        return stream;
    }

    public List<URI> nodes() {
        return link.nodes();
    }

    private <T> T get(String path, TypeReference<T> type) {
        HttpResponse<String> response = link.send(
                node -> link.request(node, path).timeout(CALL_TIMEOUT)
                        .header("Accept", JSON).GET().build(),
                HttpResponse.BodyHandlers.ofString(), true);
        if (response.statusCode() != 200) {
            throw problem("GET " + path, response);
        }
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new ApiProblem("GET " + path, response.statusCode(), "UNREADABLE",
                    e.getMessage());
        }
    }

    private HttpResponse<String> post(String path, Object body, boolean repeatable) {
        String text = write(body);
        return link.send(
                node -> link.request(node, path).timeout(CALL_TIMEOUT)
                        .header("Content-Type", JSON).header("Accept", JSON)
                        .POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                HttpResponse.BodyHandlers.ofString(), repeatable);
    }

    private <T> T read(HttpResponse<String> response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new ApiProblem(response.request().uri().getPath(), response.statusCode(),
                    "UNREADABLE", e.getMessage());
        }
    }

    private JsonNode readTree(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    private ApiProblem problem(String call, HttpResponse<String> response) {
        JsonNode body = readTree(response);
        String code = body.path("error").asText("HTTP_" + response.statusCode());
        String message = body.path("message").asText("");
        return new ApiProblem(call, response.statusCode(), code, message);
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8);
    }

    private static URI withSlash(URI node) {
        String text = node.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : node;
    }
}
