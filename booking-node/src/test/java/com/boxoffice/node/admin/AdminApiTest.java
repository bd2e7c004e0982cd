package com.boxoffice.node.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.node.BookingNode;
import com.boxoffice.node.payment.DemoPaymentTerminal;
import com.boxoffice.node.search.SearchCatalog;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.ApiClient.Response;
import com.boxoffice.node.testing.TestNodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manager signs in and reads a day's sales through the HTTP API, against sales made through
 * the same API as a kiosk makes them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    static Path dataDir;

    private BookingNode node;
    private ApiClient kiosk;
    private ApiClient anonymous;
    private String password;
    private String token;
    private LocalDate day;
    private long studio;
    private long show;
    private long otherShow;

    @BeforeAll
    void startNodeAndSell() {
        node = BookingNode.start(TestNodes.options(dataDir));
        kiosk = new ApiClient(node.baseUrl(), TestNodes.API_KEY);
        anonymous = kiosk.withKey(null);
        password = node.managers().create("Ada").password();

        SearchCatalog catalog = new SearchCatalog(node.dataSource());
        long city = catalog.city("Paris");
        studio = catalog.cinema(city, "Studio 28", "75018", 48.8843, 2.3333, "Europe/Paris");
        long other = catalog.cinema(city, "Le Louxor", "75010", 48.8836, 2.3497, "Europe/Paris");
        ZonedDateTime evening = ZonedDateTime.now(PARIS).plusDays(2).withHour(20).withMinute(0)
                .withSecond(0).withNano(0);
        day = evening.toLocalDate();
        show = catalog.show(catalog.movie("Dune", "Science Fiction", "English"),
                catalog.hall(studio, "A RRRRRR\nB PPPP"), evening.toInstant());
        otherShow = catalog.show(catalog.movie("Amélie", "Comedy", "French"),
                catalog.hall(other, "A RRRR"), evening.minusHours(2).toInstant());

        buy(show, List.of("A1", "A2"));
        buy(show, List.of("B1"));
        String cancelled = buy(show, List.of("A5"));
        assertThat(kiosk.post("/api/v1/bookings/" + cancelled + "/cancel", "{}").status())
                .isEqualTo(200);
        hold(show, List.of("A6"));
        // Signed in once for all: sign-ins with one name are throttled to a few a minute.
        token = token();
    }

    @AfterAll
    void stopNode() {
        node.close();
    }

    @Nested
    class SigningIn {

        @Test
        void givesATokenThatLastsEightHours() {
            Response response = login("Ada", password);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("token").asText()).hasSizeGreaterThan(40);
            OffsetDateTime expiresAt = OffsetDateTime.parse(
                    response.json().path("expiresAt").asText());
            assertThat(Duration.between(OffsetDateTime.now(), expiresAt))
                    .isBetween(Duration.ofHours(8).minusMinutes(1), Duration.ofHours(8));
        }

        @Test
        void refusesAWrongPasswordAndAnUnknownNameAlike() {
            Response wrongPassword = login("Ada", "not-" + password);
            Response unknownName = login("Nobody-" + UUID.randomUUID(), password);

            assertThat(wrongPassword.status()).isEqualTo(401);
            assertThat(wrongPassword.json().path("error").asText()).isEqualTo("UNAUTHORIZED");
            assertThat(unknownName.status()).isEqualTo(401);
            assertThat(unknownName.body()).isEqualTo(wrongPassword.body());
            assertThat(wrongPassword.json().has("token")).isFalse();
        }

        @Test
        void refusesAMissingPasswordNamingIt() {
            Response response = anonymous.post("/api/v1/admin/login", "{\"name\":\"Ada\"}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("password");
        }

        @Test
        void throttlesGuessesAtOneNameEvenWithTheRightPassword() {
            ManagerStore.IssuedPassword guessed = node.managers()
                    .create("Guessed-" + UUID.randomUUID());
            String name = guessed.manager().name();
            // Guesses until refused, so that a minute ending half-way makes no difference.
            int guesses = 0;
            while (login(name, "guess-" + guesses).status() == 401) {
                guesses++;
                assertThat(guesses).isLessThanOrEqualTo(2 * LoginThrottle.ATTEMPTS_PER_MINUTE);
            }

            Response response = login(name, guessed.password());

            assertThat(response.status()).isEqualTo(429);
            assertThat(response.json().path("error").asText()).isEqualTo("TOO_MANY_ATTEMPTS");
            assertThat(response.json().has("token")).isFalse();
        }

        @Test
        void refusesAnApiKeyWith403() {
            Response response = kiosk.postJson("/api/v1/admin/login",
                    Map.of("name", "Ada", "password", password));

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().path("error").asText()).isEqualTo("FORBIDDEN");
        }
    }

    @Nested
    class Authentication {

        @Test
        void salesNeedAToken() {
            Response response = anonymous.get("/api/v1/admin/sales?date=" + day);

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().path("error").asText()).isEqualTo("UNAUTHORIZED");
        }

        @Test
        void refusesAnUnknownToken() {
            Response response = anonymous.withSessionToken("bom_made-up")
                    .get("/api/v1/admin/sales?date=" + day);

            assertThat(response.status()).isEqualTo(401);
        }

        @Test
        void refusesAnApiKeyEvenBesideAToken() {
            Response response = kiosk.withSessionToken(token)
                    .get("/api/v1/admin/sales?date=" + day);

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().path("error").asText()).isEqualTo("FORBIDDEN");
        }
    }

    @Nested
    class Sales {

        @Test
        void countsConfirmedSeatsAndRevenueButNotCancelledOrHeldOnes() {
            Response response = manager().get("/api/v1/admin/sales?date=" + day);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("date").asText()).isEqualTo(day.toString());
            JsonNode dune = showRow(response.json(), show);
            assertThat(dune.path("movieTitle").asText()).isEqualTo("Dune");
            assertThat(dune.path("cinemaName").asText()).isEqualTo("Studio 28");
            assertThat(dune.path("seatsInHall").asInt()).isEqualTo(10);
            assertThat(dune.path("seatsSold").asInt()).isEqualTo(3);
            assertThat(dune.path("revenue").path("amountMinor").asLong())
                    .isEqualTo(1250 + 1250 + 1600);
            assertThat(dune.path("revenue").path("currency").asText()).isEqualTo("EUR");
            OffsetDateTime startsAt = OffsetDateTime.parse(dune.path("startsAt").asText());
            assertThat(startsAt).isEqualTo(day.atTime(20, 0).atZone(PARIS).toOffsetDateTime());
            JsonNode amelie = showRow(response.json(), otherShow);
            assertThat(amelie.path("seatsSold").asInt()).isZero();
            assertThat(amelie.path("revenue").path("amountMinor").asLong()).isZero();
        }

        @Test
        void listsOnlyTheCinemaAskedFor() {
            Response response = manager().get("/api/v1/admin/sales?date=" + day
                    + "&cinema=" + studio);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("shows").findValuesAsText("cinemaId"))
                    .containsOnly(Long.toString(studio));
        }

        @Test
        void listsNothingOnADayWithoutShows() {
            Response response = manager().get("/api/v1/admin/sales?date=" + day.plusDays(30));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("shows")).isEmpty();
        }

        @Test
        void refusesABadDateNamingIt() {
            Response malformed = manager().get("/api/v1/admin/sales?date=24.12.2026");
            Response missing = manager().get("/api/v1/admin/sales");

            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.json().path("field").asText()).isEqualTo("date");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().path("field").asText()).isEqualTo("date");
        }

        @Test
        void refusesABadCinemaNamingIt() {
            Response malformed = manager().get("/api/v1/admin/sales?date=" + day + "&cinema=x");
            Response unknown = manager().get("/api/v1/admin/sales?date=" + day
                    + "&cinema=999999");

            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.json().path("field").asText()).isEqualTo("cinema");
            assertThat(unknown.status()).isEqualTo(404);
        }

        @Test
        void refusesAnUnknownParameterNamingIt() {
            Response response = manager().get("/api/v1/admin/sales?date=" + day + "&city=1");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("city");
        }

        @Test
        void cutsAnOverlongUnknownParameterShortInTheRefusal() {
            Response response = manager().get("/api/v1/admin/sales?date=" + day + "&"
                    + "q".repeat(3_000) + "=1");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("q".repeat(40) + "...");
            assertThat(response.json().path("message").asText()).hasSizeLessThan(120);
        }
    }

    private Response login(String name, String secret) {
        return anonymous.postJson("/api/v1/admin/login", Map.of("name", name, "password", secret));
    }

    private String token() {
        Response response = login("Ada", password);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("token").asText();
    }

    private ApiClient manager() {
        return anonymous.withSessionToken(token);
    }

    private static JsonNode showRow(JsonNode report, long showId) {
        for (JsonNode row : report.path("shows")) {
            if (row.path("showId").asLong() == showId) {
                return row;
            }
        }
        throw new AssertionError("no show " + showId + " in " + report);
    }

    /** Holds and pays the seats as a kiosk does; answers the booking's id. */
    private String buy(long showId, List<String> seats) {
        String reservation = hold(showId, seats);
        Response paid = kiosk.postJson("/api/v1/reservations/" + reservation + "/payment",
                Map.of("idempotencyKey", "pay-" + UUID.randomUUID(), "method",
                        Map.of("type", "CARD", "cardNumber", DemoPaymentTerminal.APPROVED_CARD)));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        return paid.json().path("bookingId").asText();
    }

    private String hold(long showId, List<String> seats) {
        Response held = kiosk.postJson("/api/v1/shows/" + showId + "/reservations",
                Map.of("sessionId", "session-" + UUID.randomUUID(), "seats", seats));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        return held.json().path("reservationId").asText();
    }
}
