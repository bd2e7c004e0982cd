package com.boxoffice.node.reservation;

import static com.boxoffice.node.reservation.ReservationClusterTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.TicketType;
import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.model.api.SeatChange;
import com.boxoffice.model.api.SeatEvent;
import com.boxoffice.node.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reservation API as a kiosk uses it, on a cluster of three members.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReservationApiTest {

    private static final Duration TTL = Duration.ofSeconds(2);
    private static final AtomicLong SHOW_IDS = new AtomicLong(5000);

    private final TestShows shows = new TestShows();
    private EmbeddedPostgres postgres;
    private TestCluster cluster;
    private ApiClient customer;
    private ApiClient otherCustomer;

    @BeforeAll
    void startCluster() {
        Awaitility.setDefaultTimeout(Duration.ofMinutes(2));
        postgres = TestCluster.startDatabase();
        cluster = new TestCluster(postgres.getPostgresDatabase(), shows,
                ReservationSettings.defaults().withHoldTtl(TTL)).start(3);
        customer = cluster.member(0).client();
        otherCustomer = cluster.member(1).client();
    }

    @AfterAll
    void stopCluster() throws IOException {
        cluster.close();
        postgres.close();
    }

    private long newShow(int rows, int perRow) {
        long showId = SHOW_IDS.incrementAndGet();
        shows.add(showId, rows, perRow);
        return showId;
    }

    private static String reservations(long showId) {
        return "/api/v1/shows/" + showId + "/reservations";
    }

    private static ApiClient.Response reserve(ApiClient client, long showId, String... seats) {
        return client.postJson(reservations(showId), body(List.of(seats)));
    }

    private Map<String, String> seatStatuses(long showId) {
        JsonNode seats = customer.get("/api/v1/shows/" + showId + "/seats").json().get("seats");
        return IntStream.range(0, seats.size()).mapToObj(seats::get).collect(
                Collectors.toMap(s -> s.get("id").asText(),
                        s -> s.get("status").asText()));
    }

    @Nested
    class Reserving {

        @Test
        void answersAHoldWithItsIdExpiryAndTotal() {
            long showId = newShow(2, 5);

            ApiClient.Response answer = customer.postJson(reservations(showId),
                    new ReserveSeatsRequest("kiosk-1", List.of("A1", "A2"),
                            Map.of("A2", TicketType.CHILD)));

            assertThat(answer.status()).isEqualTo(201);
            JsonNode hold = answer.json();
            assertThat(hold.get("reservationId").asText()).startsWith("R" + showId + "-");
            assertThat(hold.get("status").asText()).isEqualTo("RESERVED");
            assertThat(hold.get("seats")).hasSize(2);
            assertThat(hold.get("total").get("amountMinor").asLong()).isEqualTo(1000 + 700);
            assertThat(hold.get("total").get("currency").asText()).isEqualTo("EUR");
            assertThat(hold.get("expiresAt").asText()).contains("+01:00");
            assertThat(seatStatuses(showId)).containsEntry("A1", "HELD")
                    .containsEntry("A2", "HELD").containsEntry("A3", "AVAILABLE");
        }

        @Test
        void offersAdjacentAlternativesWhenSeatsAreTaken() {
            long showId = newShow(2, 5);
            reserve(customer, showId, "A2");

            ApiClient.Response answer = reserve(otherCustomer, showId, "A2", "A3");

            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.json().get("status").asText()).isEqualTo("SEATS_TAKEN");
            assertThat(answer.json().get("error").asText()).isEqualTo("SEATS_TAKEN");
            JsonNode alternatives = answer.json().get("alternatives");
            assertThat(alternatives).hasSizeBetween(1, 3);
            alternatives.forEach(block -> assertThat(block.get("seats")).hasSize(2));
            assertThat(alternatives.get(0).get("seats").toString()).contains("A3", "A4");
        }

        @Test
        void saysCustomersMayWaitWhenOnlyHeldSeatsAreLeft() {
            long showId = newShow(1, 3);
            reserve(customer, showId, "A1", "A2");

            ApiClient.Response answer = reserve(otherCustomer, showId, "A2", "A3");

            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.json().get("status").asText()).isEqualTo("HELD_BY_OTHERS");
            assertThat(answer.json().get("canWait").asBoolean()).isTrue();
        }

        @Test
        void saysTheShowIsFullWhenTooFewSeatsAreFreeOrHeld() {
            long showId = newShow(1, 3);
            cluster.member(2).engine().confirm(((HoldOutcome.Reserved) cluster.member(2).engine()
                    .hold(new ReservationEngine.HoldRequest(showId, "buyer", List.of("A1", "A2"),
                            Map.of(), null))).reservation().reservationId(), "B-1");

            ApiClient.Response answer = reserve(otherCustomer, showId, "A2", "A3");

            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.json().get("status").asText()).isEqualTo("SHOW_FULL");
            assertThat(seatStatuses(showId)).containsEntry("A1", "BOOKED");
        }

        @Test
        void closesSalesWhenTheShowHasStarted() {
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, SeatLayout.rectangle(1, 3), Instant.now().minusSeconds(60));

            ApiClient.Response answer = reserve(customer, showId, "A1");

            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.json().get("status").asText()).isEqualTo("SALES_CLOSED");
        }
    }

    @Nested
    class BadInput {

        @Test
        void refusesMoreSeatsThanTheLimitNamingIt() {
            long showId = newShow(2, 10);

            ApiClient.Response answer = reserve(customer, showId,
                    "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "B1");

            assertBadRequest(answer, "seats", "at most 10");
            assertThat(seatStatuses(showId).values()).containsOnly("AVAILABLE");
        }

        @Test
        void refusesAnUnknownSeatNamingIt() {
            long showId = newShow(2, 5);

            assertBadRequest(reserve(customer, showId, "A1", "Z9"), "seats", "Z9");
            assertThat(seatStatuses(showId)).containsEntry("A1", "AVAILABLE");
        }

        @Test
        void cutsAnOverlongUnknownSeatShortInsteadOfEchoingIt() {
            long showId = newShow(2, 5);
            String label = "Q".repeat(5_000);

            ApiClient.Response answer = reserve(customer, showId, "A1", label);

            assertBadRequest(answer, "seats", "has no seat " + "Q".repeat(40) + "...");
            assertThat(answer.json().get("message").asText()).hasSizeLessThan(100);
            assertThat(seatStatuses(showId)).containsEntry("A1", "AVAILABLE");
        }

        @Test
        void refusesASessionIdThatIsNotTextNamingIt() {
            long showId = newShow(2, 5);

            ApiClient.Response answer = customer.post(reservations(showId),
                    "{\"sessionId\":123,\"seats\":[\"A1\"]}");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("field").asText()).isEqualTo("sessionId");
            assertThat(seatStatuses(showId)).containsEntry("A1", "AVAILABLE");
        }

        @Test
        void refusesADuplicateSeatNamingIt() {
            long showId = newShow(2, 5);

            assertBadRequest(reserve(customer, showId, "B2", "B2"), "seats", "B2");
        }

        @Test
        void refusesASecondOpenReservationOfOneSessionForOneShow() {
            long showId = newShow(2, 5);
            customer.postJson(reservations(showId),
                    new ReserveSeatsRequest("kiosk-7", List.of("A1"), null));

            ApiClient.Response second = customer.postJson(reservations(showId),
                    new ReserveSeatsRequest("kiosk-7", List.of("B1"), null));

            assertBadRequest(second, "sessionId", "open reservation");
            assertThat(seatStatuses(showId)).containsEntry("B1", "AVAILABLE");
        }

        @Test
        void answersNotFoundForAnUnknownShowOrReservation() {
            assertThat(reserve(customer, 999_999, "A1").status()).isEqualTo(404);
            assertThat(customer.get("/api/v1/reservations/R1-NOSUCHHOLD").status())
                    .isEqualTo(404);
            assertThat(customer.get("/api/v1/reservations/garbage").status()).isEqualTo(404);
        }

        private void assertBadRequest(ApiClient.Response answer, String field, String named) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("field").asText()).isEqualTo(field);
            assertThat(answer.json().get("message").asText()).contains(named);
        }
    }

    @Nested
    class Releasing {

        @Test
        void freesTheSeatsAtOnce() {
            long showId = newShow(2, 5);
            String id = reserve(customer, showId, "A4").json().get("reservationId").asText();

            ApiClient.Response answer = otherCustomer.delete("/api/v1/reservations/" + id);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("status").asText()).isEqualTo("RELEASED");
            assertThat(seatStatuses(showId)).containsEntry("A4", "AVAILABLE");
            assertThat(reserve(otherCustomer, showId, "A4").status()).isEqualTo(201);
        }
    }

    @Nested
    class SeatEvents {

        @Test
        void tellsListenersOnAnyNodeOfHoldsReleasesAndLapses() {
            long showId = newShow(2, 5);
            try (SeatEventListener listener = new SeatEventListener(
                    "http://127.0.0.1:" + cluster.member(2).http().port(), showId,
                    TestCluster.API_KEY)) {
                await().until(listener::listening);

                String id = reserve(customer, showId, "A1", "A2").json().get("reservationId")
                        .asText();
                customer.delete("/api/v1/reservations/" + id);
                reserve(customer, showId, "B5");

                await().untilAsserted(() -> assertThat(listener.events()).extracting(
                        SeatEvent::seats).containsExactly(
                        List.of(held("A1"), held("A2")),
                        List.of(free("A1"), free("A2")),
                        List.of(held("B5")),
                        List.of(free("B5"))));
                assertThat(listener.status()).isEqualTo(200);
            }
        }

        @Test
        void refusesToListenToAnUnknownShow() {
            try (SeatEventListener listener = new SeatEventListener(
                    "http://127.0.0.1:" + cluster.member(0).http().port(), 999_999,
                    TestCluster.API_KEY)) {
                assertThat(listener.status()).isEqualTo(404);
            }
        }

        private static SeatChange held(String seat) {
            return new SeatChange(seat, SeatStatus.HELD);
        }

        private static SeatChange free(String seat) {
            return new SeatChange(seat, SeatStatus.AVAILABLE);
        }
    }
}
