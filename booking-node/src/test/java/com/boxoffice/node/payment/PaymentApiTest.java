package com.boxoffice.node.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.model.SeatLayout;
import com.boxoffice.node.payment.DemoPaymentTerminal.TerminalOperation;
import com.boxoffice.node.reservation.ReservationSettings;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Paying, showing and cancelling bookings through the HTTP API as a kiosk does, on a cluster of
 * two members: the customer holds on one member and pays on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentApiTest {

    private static final String GOOD_CARD = DemoPaymentTerminal.APPROVED_CARD;
    private static final String BAD_CARD = DemoPaymentTerminal.DECLINED_CARD;
    private static final Duration HOLD_TTL = Duration.ofSeconds(2);
    private static final AtomicLong SHOW_IDS = new AtomicLong(7000);

    private final TestShows shows = new TestShows();
    private PaymentDatabase database;
    private PaymentCluster cluster;
    private ApiClient holding;
    private ApiClient paying;

    @BeforeAll
    void startCluster() {
        database = PaymentDatabase.start();
        cluster = new PaymentCluster(database, shows,
                ReservationSettings.defaults().withHoldTtl(HOLD_TTL),
                new PaymentSettings(Duration.ofSeconds(5), Duration.ofSeconds(1))).start(2);
        holding = cluster.member(0).client();
        paying = cluster.member(1).client();
    }

    @AfterAll
    void stopCluster() throws Exception {
        cluster.close();
        database.close();
    }

    @Nested
    class Paying {

        @Test
        void booksTheSeatsAndShowsThemBookedOnTheSeatMap() {
            long show = newShow();
            String reservation = hold(show, "A1", "A2");

            Response response = pay(reservation, "pay-" + UUID.randomUUID(), GOOD_CARD);

            assertThat(response.status()).isEqualTo(200);
            JsonNode booking = response.json();
            assertThat(booking.path("status").asText()).isEqualTo("CONFIRMED");
            assertThat(booking.path("bookingId").asText()).isNotBlank();
            assertThat(booking.path("tickets")).hasSize(2);
            assertThat(booking.path("tickets").get(0).path("code").asText()).hasSizeGreaterThan(20);
            assertThat(booking.path("total").path("amountMinor").asLong()).isEqualTo(2400);
            assertThat(booking.path("movieTitle").asText()).isEqualTo("The Long Night");
            assertThat(seatStatuses(show)).containsEntry("A1", "BOOKED")
                    .containsEntry("A2", "BOOKED").containsEntry("A3", "AVAILABLE");
        }

        @Test
        void keepsTheSeatsHeldAfterADeclineAndTakesAnotherCardUnderANewKey() {
            long show = newShow();
            String reservation = hold(show, "B1", "B2");

            Response declined = pay(reservation, "pay-" + UUID.randomUUID(), BAD_CARD);
            Map<String, String> seatsAfterDecline = seatStatuses(show);
            String statusAfterDecline = holding.get("/api/v1/reservations/" + reservation)
                    .json().path("status").asText();
            Response paid = pay(reservation, "pay-" + UUID.randomUUID(), GOOD_CARD);

            assertThat(declined.status()).isEqualTo(402);
            assertThat(declined.json().path("error").asText()).isEqualTo("PAYMENT_DECLINED");
            assertThat(declined.json().path("message").asText()).contains("stay held");
            assertThat(seatsAfterDecline).containsEntry("B1", "HELD").containsEntry("B2", "HELD");
            assertThat(statusAfterDecline).isEqualTo("RESERVED");
            assertThat(paid.status()).isEqualTo(200);
        }

        @Test
        void repeatsTheAnswerOfARepeatedKeyAndChargesOnce() {
            long show = newShow();
            String reservation = hold(show, "C1");
            String key = "pay-" + UUID.randomUUID();

            Response first = pay(reservation, key, GOOD_CARD);
            Response second = pay(reservation, key, GOOD_CARD);

            assertThat(second.status()).isEqualTo(200);
            assertThat(second.json().path("bookingId")).isEqualTo(first.json().path("bookingId"));
            assertThat(operationsOf(key)).containsExactly("AUTHORIZE", "CAPTURE");
        }

        @Test
        void answersAlreadyConfirmedWithTheBookingWhenPaidTwice() {
            long show = newShow();
            String reservation = hold(show, "C2");
            String bookingId = pay(reservation, "pay-" + UUID.randomUUID(), GOOD_CARD).json()
                    .path("bookingId").asText();
            String secondKey = "pay-" + UUID.randomUUID();

            Response again = pay(reservation, secondKey, GOOD_CARD);

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().path("error").asText()).isEqualTo("ALREADY_CONFIRMED");
            assertThat(again.json().path("bookingId").asText()).isEqualTo(bookingId);
            assertThat(operationsOf(secondKey)).isEmpty();
        }

        @Test
        void refusesAKeyUsedForAnotherReservation() {
            long show = newShow();
            String key = "pay-" + UUID.randomUUID();
            String first = hold(show, "A1");
            pay(first, key, GOOD_CARD);
            String second = hold(show, "A2");

            Response response = pay(second, key, GOOD_CARD);

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().path("reservationId").asText()).isEqualTo(second);
            assertThat(response.body()).doesNotContain(first);
            assertThat(response.json().path("error").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
            assertThat(response.json().path("field").asText()).isEqualTo("idempotencyKey");
        }

        @Test
        void answersNotFoundForAnUnknownReservation() {
            Response response = pay("R1-NOSUCHRESERV", "pay-" + UUID.randomUUID(), GOOD_CARD);

            assertThat(response.status()).isEqualTo(404);
        }
    }

    @Nested
    class Validating {

        @Test
        void namesTheMissingIdempotencyKey() {
            String reservation = hold(newShow(), "A1");

            Response response = paying.post(paymentPath(reservation),
                    "{\"method\": {\"type\": \"CARD\", \"cardNumber\": \"" + GOOD_CARD + "\"}}");

            assertBadRequest(response, "idempotencyKey");
            assertThat(database.count("payment_intents where reservation_id = '"
                    + reservation + "'")).isZero();
        }

        @Test
        void namesTheMissingMethod() {
            String reservation = hold(newShow(), "A1");

            Response response = paying.post(paymentPath(reservation),
                    "{\"idempotencyKey\": \"k-1\"}");

            assertBadRequest(response, "method");
        }

        @Test
        void namesTheMissingCardNumber() {
            String reservation = hold(newShow(), "A1");

            Response response = paying.post(paymentPath(reservation),
                    "{\"idempotencyKey\": \"k-2\", \"method\": {\"type\": \"CARD\"}}");

            assertBadRequest(response, "method.cardNumber");
        }

        @Test
        void refusesACardNumberThatFailsItsCheckDigit() {
            long show = newShow();
            String reservation = hold(show, "A1");

            Response response = pay(reservation, "k-3", "4242424242424243");

            assertBadRequest(response, "method.cardNumber");
            assertThat(seatStatuses(show)).containsEntry("A1", "HELD");
        }

        @Test
        void refusesABodyThatIsNotJson() {
            String reservation = hold(newShow(), "A1");

            Response response = paying.post(paymentPath(reservation), "{not json");

            assertThat(response.status()).isEqualTo(400);
        }

        private void assertBadRequest(Response response, String field) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo(field);
        }
    }

    @Nested
    class PayingLate {

        @Test
        void refusesWithGoneAndChargesNothingWhenTheSeatsWereSoldMeanwhile() {
            long show = newShow();
            String late = hold(show, "A4");
            await().until(() -> seatStatuses(show).get("A4").equals("AVAILABLE"));
            pay(hold(show, "A4"), "pay-" + UUID.randomUUID(), GOOD_CARD);
            String lateKey = "pay-" + UUID.randomUUID();

            Response response = pay(late, lateKey, GOOD_CARD);
            Response retried = pay(late, lateKey, GOOD_CARD);

            assertThat(response.status()).isEqualTo(410);
            assertThat(response.json().path("error").asText()).isEqualTo("HOLD_LAPSED");
            assertThat(retried.status()).isEqualTo(410);
            assertThat(operationsOf(lateKey)).isEmpty();
            assertThat(database.count("booked_seats where show_id = " + show)).isEqualTo(1);
        }

        @Test
        void saysTheHoldIsOverWhenALatePaymentIsDeclined() {
            long show = newShow();
            String late = hold(show, "C4");
            await().until(() -> seatStatuses(show).get("C4").equals("AVAILABLE"));

            Response declined = pay(late, "pay-" + UUID.randomUUID(), BAD_CARD);

            assertThat(declined.status()).isEqualTo(402);
            assertThat(declined.json().path("message").asText()).contains("hold the seats again")
                    .doesNotContain("stay held");
            assertThat(holding.get("/api/v1/reservations/" + late).json().path("status").asText())
                    .isEqualTo("LAPSED");
            assertThat(seatStatuses(show)).containsEntry("C4", "AVAILABLE");
        }

        @Test
        void booksALatePaymentWhoseSeatsAreStillFree() {
            long show = newShow();
            String late = hold(show, "B4");
            await().until(() -> seatStatuses(show).get("B4").equals("AVAILABLE"));

            Response response = pay(late, "pay-" + UUID.randomUUID(), GOOD_CARD);

            assertThat(response.status()).isEqualTo(200);
            assertThat(seatStatuses(show)).containsEntry("B4", "BOOKED");
        }
    }

    @Nested
    class Bookings {

        @Test
        void showsABookingWithItsTickets() {
            String bookingId = book(newShow(), "C3", "C4");

            Response response = holding.get("/api/v1/bookings/" + bookingId);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("tickets").findValuesAsText("seat"))
                    .containsExactly("C3", "C4");
            assertThat(response.json().path("hallName").asText()).isEqualTo("Hall 1");
        }

        @Test
        void answersNotFoundForAnUnknownBooking() {
            Response response = holding.get("/api/v1/bookings/" + UUID.randomUUID());

            assertThat(response.status()).isEqualTo(404);
        }

        @Test
        void refundsOnceAndFreesTheSeatsAtOnceWhenCancelledTwice() {
            long show = newShow();
            String bookingId = book(show, "A1", "A2");
            String paymentKey = database.sessions().fromTransaction(s -> s.createNativeQuery(
                    "select payment_key from bookings where id = :id", String.class)
                    .setParameter("id", bookingId).getSingleResult());

            Response first = paying.post("/api/v1/bookings/" + bookingId + "/cancel", "");
            Response second = holding.post("/api/v1/bookings/" + bookingId + "/cancel", "");

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().path("status").asText()).isEqualTo("CANCELLED");
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.json().path("status").asText()).isEqualTo("CANCELLED");
            assertThat(operationsOf(paymentKey)).containsExactly("AUTHORIZE", "CAPTURE", "REFUND");
            assertThat(seatStatuses(show)).containsEntry("A1", "AVAILABLE")
                    .containsEntry("A2", "AVAILABLE");
            assertThat(reserve(show, "A1", "A2").status()).isEqualTo(201);
        }

        @Test
        void refusesToCancelOnceTheShowHasStarted() {
            long show = SHOW_IDS.incrementAndGet();
            shows.add(show, SeatLayout.parse("A RRRR"), Instant.now().plusSeconds(3));
            String bookingId = book(show, "A1");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Instant.now().isAfter(shows.show(show).orElseThrow().startsAt()));

            Response response = paying.post("/api/v1/bookings/" + bookingId + "/cancel", "");

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().path("error").asText()).isEqualTo("SHOW_STARTED");
        }
    }

    @Nested
    class ReleasingWhilePaying {

        /**
         * A customer who is told the hold is released is never charged, and one who is charged
         * was never told it is released: the two race on members of their own, many times.
         */
        @Test
        void neverChargesAHoldItToldItsCustomerWasReleased() throws Exception {
            for (int round = 0; round < 25; round++) {
                long show = newShow();
                String seat = "A1";
                String reservation = hold(show, seat);
                List<String> keys = List.of("race-" + UUID.randomUUID(),
                        "race-" + UUID.randomUUID());
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Response>> calls = new ArrayList<>();
                keys.forEach(key -> calls.add(() -> {
                    start.await();
                    return pay(reservation, key, GOOD_CARD);
                }));
                for (int i = 0; i < 2; i++) {
                    calls.add(() -> {
                        start.await();
                        return holding.delete("/api/v1/reservations/" + reservation);
                    });
                }
                List<Response> answers = new ArrayList<>();
                try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
                    List<Future<Response>> futures = calls.stream().map(pool::submit).toList();
                    start.countDown();
                    for (Future<Response> future : futures) {
                        answers.add(future.get());
                    }
                }
                List<Response> payments = answers.subList(0, 2);
                List<Response> releases = answers.subList(2, 4);

                for (Response release : releases) {
                    assertThat(release.status()).as(release.body()).isIn(200, 409);
                    if (release.status() == 200) {
                        assertThat(release.json().path("status").asText()).isEqualTo("RELEASED");
                    } else {
                        assertThat(release.json().path("error").asText())
                                .isEqualTo("RESERVATION_NOT_OPEN");
                    }
                }
                boolean toldReleased = releases.stream().anyMatch(r -> r.status() == 200);
                boolean charged = payments.stream().anyMatch(p -> p.status() == 200);
                List<String> captures = keys.stream().flatMap(key -> operationsOf(key).stream())
                        .filter("CAPTURE"::equals).toList();
                assertThat(toldReleased && charged).as("round %d: %s", round, answers.stream()
                        .map(Response::body).toList()).isFalse();
                assertThat(captures).hasSize(charged ? 1 : 0);
                if (toldReleased) {
                    assertThat(holding.get("/api/v1/reservations/" + reservation).json()
                            .path("status").asText()).isEqualTo("RELEASED");
                    assertThat(seatStatuses(show)).containsEntry(seat, "AVAILABLE");
                }
            }
        }
    }

    private long newShow() {
        long show = SHOW_IDS.incrementAndGet();
        shows.add(show, Instant.now().plus(Duration.ofDays(1)));
        return show;
    }

    private String book(long show, String... seats) {
        Response response = pay(hold(show, seats), "pay-" + UUID.randomUUID(), GOOD_CARD);
        assertThat(response.status()).isEqualTo(200);
        return response.json().path("bookingId").asText();
    }

    private String hold(long show, String... seats) {
        Response response = reserve(show, seats);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("reservationId").asText();
    }

    private Response reserve(long show, String... seats) {
        return holding.postJson("/api/v1/shows/" + show + "/reservations",
                Map.of("sessionId", UUID.randomUUID().toString(), "seats", List.of(seats)));
    }

    private Response pay(String reservation, String key, String card) {
        return paying.postJson(paymentPath(reservation), Map.of("idempotencyKey", key,
                "method", Map.of("type", "CARD", "cardNumber", card)));
    }

    private static String paymentPath(String reservation) {
        return "/api/v1/reservations/" + reservation + "/payment";
    }

    private Map<String, String> seatStatuses(long show) {
        return seatStatuses(holding, show);
    }

    private static Map<String, String> seatStatuses(ApiClient client, long show) {
        Map<String, String> statuses = new HashMap<>();
        client.get("/api/v1/shows/" + show + "/seats").json().path("seats")
                .forEach(seat -> statuses.put(seat.path("id").asText(),
                        seat.path("status").asText()));
        return statuses;
    }

    private List<String> operationsOf(String key) {
        return new DemoPaymentTerminal(database.sessions(), Clock.systemUTC()).operations()
                .stream()
                .filter(op -> op.reference().equals(key))
                .map(TerminalOperation::operation)
                .toList();
    }
}
