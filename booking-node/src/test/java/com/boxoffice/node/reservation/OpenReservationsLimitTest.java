package com.boxoffice.node.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.node.BookingNode;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.TestNodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator may let one customer session keep more than one open reservation per show, for
 * a box office desk serving a group; the node keeps to the number it was given.
 */
class OpenReservationsLimitTest {

    @TempDir
    static Path dataDir;

    private static BookingNode node;
    private static ApiClient api;

    @BeforeAll
    static void startANodeAllowingTwoOpenReservations() {
        node = BookingNode.start(TestNodes.demoOptions(dataDir).withMaxOpenReservations(2));
        api = new ApiClient(node.baseUrl(), TestNodes.API_KEY);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void holdsAsManyOpenReservationsOfOneSessionAsAllowedAndRefusesTheNext() {
        long showId = showOnSale();
        List<String> seats = availableSeats(showId);

        int first = reserve(showId, seats.get(0)).status();
        int second = reserve(showId, seats.get(1)).status();
        ApiClient.Response third = reserve(showId, seats.get(2));

        assertThat(first).isEqualTo(201);
        assertThat(second).isEqualTo(201);
        assertThat(third.status()).isEqualTo(400);
        assertThat(third.json().get("field").asText()).isEqualTo("sessionId");
        assertThat(availableSeats(showId)).contains(seats.get(2));
    }

    private ApiClient.Response reserve(long showId, String seat) {
        return api.post("/api/v1/shows/" + showId + "/reservations",
                "{\"sessionId\":\"desk-1\",\"seats\":[\"" + seat + "\"]}");
    }

    private long showOnSale() {
        JsonNode cities = api.get("/api/v1/cities").json();
        long city = cities.get(0).get("id").asLong();
        for (JsonNode movie : api.get("/api/v1/cities/" + city + "/movies").json()) {
            String tomorrow = LocalDate.now().plusDays(1).toString();
            JsonNode cinemas = api.get("/api/v1/movies/" + movie.get("id").asLong()
                    + "/shows?city=" + city + "&date=" + tomorrow).json();
            if (!cinemas.isEmpty() && !cinemas.get(0).get("shows").isEmpty()) {
                return cinemas.get(0).get("shows").get(0).get("id").asLong();
            }
        }
        throw new AssertionError("the demo catalog has no show tomorrow");
    }

    private List<String> availableSeats(long showId) {
        List<String> free = new ArrayList<>();
        for (JsonNode seat : api.get("/api/v1/shows/" + showId + "/seats").json().get("seats")) {
            if (seat.get("status").asText().equals("AVAILABLE")) {
                free.add(seat.get("id").asText());
            }
        }
        return free;
    }
}
