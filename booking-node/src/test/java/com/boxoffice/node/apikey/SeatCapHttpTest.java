package com.boxoffice.node.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.node.BookingNode;
import com.boxoffice.node.payment.DemoPaymentTerminal;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.TestNodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key's seat cap around the real reservation calls of a node with the demo catalog, and what
 * a key may see and change of the reservations and bookings another key made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatCapHttpTest {

    @TempDir
    static Path dataDir;

    private BookingNode node;
    private ApiClient demo;

    @BeforeAll
    void startNode() {
        node = BookingNode.start(TestNodes.demoOptions(dataDir));
        demo = new ApiClient(node.baseUrl(), TestNodes.API_KEY);
    }

    @AfterAll
    void stopNode() {
        node.close();
    }

    @Nested
    class Holds {

        @Test
        void refusesAHoldThatWouldPassTheCapAndAdmitsItOnceSeatsAreReleased() {
            ApiClient capped = demo.withKey(keyWithSeatCap(4).key());
            long show = aShowOnSale(0);
            List<String> seats = freeSeats(show, 6);

            ApiClient.Response first = hold(capped, show, seats.subList(0, 3));
            ApiClient.Response overCap = hold(capped, show, seats.subList(3, 5));
            ApiClient.Response upToCap = hold(capped, show, seats.subList(3, 4));
            ApiClient.Response released = capped.delete("/api/v1/reservations/"
                    + first.json().get("reservationId").asText());
            ApiClient.Response afterRelease = hold(capped, show, seats.subList(4, 6));

            assertThat(first.status()).isEqualTo(201);
            assertThat(overCap.status()).isEqualTo(429);
            assertThat(overCap.json().get("error").asText()).isEqualTo("SEAT_CAP_REACHED");
            assertThat(overCap.json().get("field").asText()).isEqualTo("seats");
            assertThat(overCap.json().get("message").asText()).contains("at most 4 seats");
            assertThat(upToCap.status()).isEqualTo(201);
            assertThat(released.status()).isEqualTo(200);
            assertThat(afterRelease.status()).isEqualTo(201);
        }

        @Test
        void countsNothingForAHoldTheShowRefused() {
            IssuedKey key = keyWithSeatCap(2);
            ApiClient capped = demo.withKey(key.key());
            long show = aShowOnSale(1);
            List<String> seats = freeSeats(show, 2);
            hold(demo, show, seats.subList(0, 1));

            ApiClient.Response taken = hold(capped, show, seats);
            ApiClient.Response free = hold(capped, show, seats.subList(1, 2));

            assertThat(taken.status()).isEqualTo(409);
            assertThat(free.status()).isEqualTo(201);
            assertThat(node.seatCap().heldBy(key.summary().id())).isEqualTo(1);
        }
    }

    @Nested
    class OtherKeys {

        private static final String CARD = DemoPaymentTerminal.APPROVED_CARD;

        @Test
        void cannotSeeReleaseOrPayAnotherKeysHold() {
            ApiClient other = demo.withKey(keyWithSeatCap(10).key());
            long show = aShowOnSale(2);
            String reservation = "/api/v1/reservations/" + hold(demo, show, freeSeats(show, 1))
                    .json().get("reservationId").asText();

            ApiClient.Response read = other.get(reservation);
            ApiClient.Response release = other.delete(reservation);
            ApiClient.Response payment = other.post(reservation + "/payment", payment());

            assertThat(List.of(read.status(), release.status(), payment.status()))
                    .containsOnly(404);
            assertThat(payment.json().get("error").asText()).isEqualTo("NOT_FOUND");
            assertThat(demo.get(reservation).json().get("status").asText())
                    .isEqualTo("RESERVED");
        }

        @Test
        void cannotSeeOrCancelAnotherKeysBooking() {
            ApiClient other = demo.withKey(keyWithSeatCap(10).key());
            long show = aShowOnSale(3);
            String reservation = "/api/v1/reservations/" + hold(demo, show, freeSeats(show, 1))
                    .json().get("reservationId").asText();
            String booking = "/api/v1/bookings/" + demo.post(reservation + "/payment", payment())
                    .json().get("bookingId").asText();

            ApiClient.Response read = other.get(booking);
            ApiClient.Response cancel = other.post(booking + "/cancel", "");

            assertThat(read.status()).isEqualTo(404);
            assertThat(cancel.status()).isEqualTo(404);
            assertThat(demo.get(booking).json().get("status").asText()).isEqualTo("CONFIRMED");
        }

        private static String payment() {
            return "{\"idempotencyKey\": \"" + UUID.randomUUID() + "\", \"method\":"
                    + " {\"type\": \"CARD\", \"cardNumber\": \"" + CARD + "\"}}";
        }
    }

    private IssuedKey keyWithSeatCap(int cap) {
        return node.apiKeys().create(new KeyTerms("capped " + UUID.randomUUID(), "tests", null,
                cap));
    }

    private long aShowOnSale(int index) {
        JsonNode found = demo.get("/api/v1/search/movies?results_per_page=5").json();
        return found.get("results").get(index).get("showId").asLong();
    }

    private List<String> freeSeats(long show, int count) {
        JsonNode map = demo.get("/api/v1/shows/" + show + "/seats").json();
        return StreamSupport.stream(map.get("seats").spliterator(), false)
                .filter(seat -> seat.get("status").asText().equals("AVAILABLE"))
                .map(seat -> seat.get("id").asText())
                .limit(count)
                .toList();
    }

    private static ApiClient.Response hold(ApiClient client, long show, List<String> seats) {
        String body = "{\"sessionId\":\"" + UUID.randomUUID() + "\",\"seats\":["
                + String.join(",", seats.stream().map(s -> "\"" + s + "\"").toList()) + "]}";
        return client.post("/api/v1/shows/" + show + "/reservations", body);
    }
}
