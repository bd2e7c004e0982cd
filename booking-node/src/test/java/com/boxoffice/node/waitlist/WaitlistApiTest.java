package com.boxoffice.node.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.node.reservation.ReservationSettings;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The waiting list's HTTP answers, on two members: what a kiosk sees when it asks to wait,
 * reads its place, listens to it and leaves.
 */
class WaitlistApiTest {

    private static final AtomicLong SHOW_IDS = new AtomicLong(7000);
    private static final WaitlistShows SHOWS = new WaitlistShows();

    private static EmbeddedPostgres postgres;
    private static WaitlistCluster cluster;
    private static ApiClient first;
    private static ApiClient second;

    @BeforeAll
    static void startCluster() {
        postgres = WaitlistCluster.startDatabase();
        cluster = new WaitlistCluster(postgres.getPostgresDatabase(), SHOWS,
                ReservationSettings.defaults(), Duration.ofHours(1)).start(2);
        first = cluster.member(0).api();
        second = cluster.member(1).api();
    }

    @AfterAll
    static void stopCluster() throws IOException {
        cluster.close();
        postgres.close();
    }

    /** A show of two seats: A1 held by one customer, A2 by another; answers the first hold. */
    private static HeldShow heldShow() {
        long showId = SHOW_IDS.incrementAndGet();
        SHOWS.add(showId, 1, 2);
        String a1 = reserve(showId, "A1").json().get("reservationId").asText();
        reserve(showId, "A2");
        return new HeldShow(showId, a1);
    }

    private record HeldShow(long showId, String holdOfA1) {
    }

    private static Response reserve(long showId, String seat) {
        return first.post("/api/v1/shows/" + showId + "/reservations",
                "{\"sessionId\":\"" + UUID.randomUUID() + "\",\"seats\":[\"" + seat + "\"]}");
    }

    private static Response askToWait(ApiClient api, long showId, String session, int seats) {
        return api.post("/api/v1/shows/" + showId + "/waitlist",
                "{\"sessionId\":\"" + session + "\",\"seatCount\":" + seats + "}");
    }

    @Nested
    class Joining {

        @Test
        void answers202WithTheWaitIdAndPositionWhenEverySeatIsHeldByOthers() {
            HeldShow show = heldShow();
            askToWait(first, show.showId(), "early", 1);

            Response answer = askToWait(second, show.showId(), "late", 1);

            assertThat(answer.status()).isEqualTo(202);
            JsonNode body = answer.json();
            assertThat(body.get("waitId").asText()).startsWith("W" + show.showId() + "-");
            assertThat(body.get("status").asText()).isEqualTo("WAITING");
            assertThat(body.get("position").asInt()).isEqualTo(2);
        }

        @Test
        void answers409SeatsFreeWhenTheSeatsCanBeReservedNow() {
            long showId = SHOW_IDS.incrementAndGet();
            SHOWS.add(showId, 1, 3);
            reserve(showId, "A1");

            Response answer = askToWait(first, showId, "s", 2);

            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.json().get("error").asText()).isEqualTo("SEATS_FREE");
            assertThat(answer.json().get("message").asText()).contains("reserve");
        }

        @Test
        void answers409ShowFullWhenFewerSeatsAreLeftThanAsked() {
            HeldShow show = heldShow();

            Response answer = askToWait(first, show.showId(), "s", 3);

            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.json().get("error").asText()).isEqualTo("SHOW_FULL");
        }

        @Test
        void answers409WhenTheSessionAlreadyWaits() {
            HeldShow show = heldShow();
            String waitId = askToWait(first, show.showId(), "twice", 1).json().get("waitId")
                    .asText();

            Response answer = askToWait(second, show.showId(), "twice", 1);

            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.json().get("error").asText()).isEqualTo("ALREADY_WAITING");
            assertThat(answer.json().get("message").asText()).contains(waitId);
        }

        @Test
        void answers400NamingTheFieldAndPutsNobodyInLine() {
            HeldShow show = heldShow();

            Response noSeats = askToWait(first, show.showId(), "s", 0);
            Response noSession = first.post("/api/v1/shows/" + show.showId() + "/waitlist",
                    "{\"seatCount\":1}");
            Response partOfASeat = first.post("/api/v1/shows/" + show.showId() + "/waitlist",
                    "{\"sessionId\":\"s\",\"seatCount\":1.5}");

            assertThat(noSeats.status()).isEqualTo(400);
            assertThat(noSeats.json().get("field").asText()).isEqualTo("seatCount");
            assertThat(noSession.status()).isEqualTo(400);
            assertThat(noSession.json().get("field").asText()).isEqualTo("sessionId");
            assertThat(partOfASeat.status()).isEqualTo(400);
            assertThat(partOfASeat.json().get("field").asText()).isEqualTo("seatCount");
            assertThat(askToWait(first, show.showId(), "s", 1).json().get("position").asInt())
                    .isEqualTo(1);
        }

        @Test
        void answers404ForAnUnknownShowOrWait() {
            assertThat(askToWait(first, 999_999, "s", 1).status()).isEqualTo(404);
            assertThat(first.get("/api/v1/waitlist/W1-NOSUCHWAIT").status()).isEqualTo(404);
            assertThat(first.get("/api/v1/waitlist/nonsense").status()).isEqualTo(404);
        }
    }

    @Nested
    class Waiting {

        @Test
        void showsTheOfferOnAnyNodeOnceSeatsAreFreed() {
            HeldShow show = heldShow();
            String waitId = askToWait(first, show.showId(), "w", 1).json().get("waitId").asText();

            first.delete("/api/v1/reservations/" + show.holdOfA1());

            await().until(() -> second.get("/api/v1/waitlist/" + waitId).json()
                    .get("status").asText().equals("SEATS_AVAILABLE"));
            JsonNode offer = second.get("/api/v1/waitlist/" + waitId).json().get("offer");
            assertThat(offer.get("seats").get(0).asText()).isEqualTo("A1");
            String reservationId = offer.get("reservationId").asText();
            JsonNode reservation = second.get("/api/v1/reservations/" + reservationId).json();
            assertThat(reservation.get("status").asText()).isEqualTo("RESERVED");
            assertThat(reservation.get("seats").get(0).asText()).isEqualTo("A1");
        }

        @Test
        void cancelsAWaitAndMovesTheOthersUp() {
            HeldShow show = heldShow();
            String leaving = askToWait(first, show.showId(), "a", 1).json().get("waitId").asText();
            String staying = askToWait(first, show.showId(), "b", 1).json().get("waitId").asText();

            Response cancelled = second.delete("/api/v1/waitlist/" + leaving);

            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
            assertThat(cancelled.json().has("position")).isFalse();
            assertThat(first.get("/api/v1/waitlist/" + staying).json().get("position").asInt())
                    .isEqualTo(1);
        }

        @Test
        void streamsThePlaceAndThenTheOfferAsServerSentEvents() {
            HeldShow show = heldShow();
            String waitId = askToWait(first, show.showId(), "listening", 1).json().get("waitId")
                    .asText();
            Queue<String> lines = listen(cluster.member(1), waitId);
            await().until(() -> lines.stream().anyMatch(l -> l.contains("\"WAITING\"")));

            first.delete("/api/v1/reservations/" + show.holdOfA1());

            await().until(() -> lines.stream().anyMatch(l -> l.contains("SEATS_AVAILABLE")));
            assertThat(lines).contains("event: waitlist");
        }

        private Queue<String> listen(WaitlistCluster.Member member, String waitId) {
            Queue<String> lines = new ConcurrentLinkedQueue<>();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + member.http().port() + "/api/v1/waitlist/" + waitId + "/events"))
                    .header("X-Api-Key", WaitlistCluster.API_KEY)
                    .header("Accept", "text/event-stream").GET().build();
            CompletableFuture<HttpResponse<Void>> ignored = HttpClient.newHttpClient()
                    .sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(
                            new LineCollector(lines)));
            return lines;
        }
    }

    @Nested
    class OtherKeys {

        private final ApiClient other = first.withKey(WaitlistCluster.OTHER_KEY);

        @Test
        void cannotReadOrLeaveAnotherKeysWaitWhichStaysInLine() {
            HeldShow show = heldShow();
            String waitId = askToWait(first, show.showId(), "own", 1).json().get("waitId")
                    .asText();
            String unknownId = "W" + show.showId() + "-NOSUCHWAIT";
            String unknown = first.get("/api/v1/waitlist/" + unknownId).body()
                    .replace(unknownId, waitId);

            Response read = other.get("/api/v1/waitlist/" + waitId);
            Response leave = other.delete("/api/v1/waitlist/" + waitId);
            Response readOnSecond = second.withKey(WaitlistCluster.OTHER_KEY)
                    .get("/api/v1/waitlist/" + waitId);

            assertThat(List.of(read.status(), leave.status(), readOnSecond.status()))
                    .containsOnly(404);
            assertThat(List.of(read.body(), leave.body(), readOnSecond.body()))
                    .containsOnly(unknown);
            JsonNode stillWaiting = second.get("/api/v1/waitlist/" + waitId).json();
            assertThat(stillWaiting.get("status").asText()).isEqualTo("WAITING");
            assertThat(stillWaiting.get("position").asInt()).isEqualTo(1);
            Response cancelled = first.delete("/api/v1/waitlist/" + waitId);
            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        }

        @Test
        void learnsNothingOfAnotherKeysHoldFromASessionIdBothUse() {
            long showId = SHOW_IDS.incrementAndGet();
            SHOWS.add(showId, 1, 2);
            String mine = first.post("/api/v1/shows/" + showId + "/reservations",
                    "{\"sessionId\":\"shared-session\",\"seats\":[\"A1\"]}")
                    .json().get("reservationId").asText();

            Response theirs = other.post("/api/v1/shows/" + showId + "/reservations",
                    "{\"sessionId\":\"shared-session\",\"seats\":[\"A2\"]}");
            Response again = first.post("/api/v1/shows/" + showId + "/reservations",
                    "{\"sessionId\":\"shared-session\",\"seats\":[\"A2\"]}");

            assertThat(theirs.status()).isEqualTo(400);
            assertThat(theirs.body()).doesNotContain(mine).contains("another session id");
            assertThat(again.status()).isEqualTo(400);
            assertThat(again.body()).contains(mine);
        }

        @Test
        void cannotGiveBackAnotherKeysOffer() {
            HeldShow show = heldShow();
            String waitId = askToWait(first, show.showId(), "offered", 1).json().get("waitId")
                    .asText();
            first.delete("/api/v1/reservations/" + show.holdOfA1());
            await().until(() -> first.get("/api/v1/waitlist/" + waitId).json()
                    .get("status").asText().equals("SEATS_AVAILABLE"));
            String offer = first.get("/api/v1/waitlist/" + waitId).json().get("offer")
                    .get("reservationId").asText();

            Response leave = other.delete("/api/v1/waitlist/" + waitId);
            Response release = other.delete("/api/v1/reservations/" + offer);

            assertThat(leave.status()).isEqualTo(404);
            assertThat(release.status()).isEqualTo(404);
            assertThat(first.get("/api/v1/waitlist/" + waitId).json().get("status").asText())
                    .isEqualTo("SEATS_AVAILABLE");
            assertThat(first.get("/api/v1/reservations/" + offer).json().get("status").asText())
                    .isEqualTo("RESERVED");
        }

        @Test
        void cannotListenToAnotherKeysWait() throws Exception {
            HeldShow show = heldShow();
            String waitId = askToWait(first, show.showId(), "heard", 1).json().get("waitId")
                    .asText();

            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + cluster.member(1).http().port() + "/api/v1/waitlist/" + waitId
                            + "/events"))
                    .header("X-Api-Key", WaitlistCluster.OTHER_KEY)
                    .header("Accept", "text/event-stream").GET().build();

            // Lines, not a string: an opened stream would never end and hang the test.
            HttpResponse<Stream<String>> answer = HttpClient.newHttpClient()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS);
            try (Stream<String> body = answer.body()) {
                assertThat(answer.statusCode()).isEqualTo(404);
                assertThat(body.collect(Collectors.joining())).contains("NOT_FOUND");
            }
            assertThat(first.get("/api/v1/waitlist/" + waitId).json().get("status").asText())
                    .isEqualTo("WAITING");
        }
    }

    /** Collects the lines of a streamed answer as they arrive. */
    private record LineCollector(Queue<String> lines)
            implements java.util.concurrent.Flow.Subscriber<String> {

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable error) {
        }

        @Override
        public void onComplete() {
        }
    }
}
