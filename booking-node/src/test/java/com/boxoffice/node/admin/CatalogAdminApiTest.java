package com.boxoffice.node.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.node.BookingNode;
import com.boxoffice.node.NodeOptions;
import com.boxoffice.node.catalog.ShowScheduler;
import com.boxoffice.node.search.SearchCatalog;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.ApiClient.Response;
import com.boxoffice.node.testing.TestNodes;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manager adds a movie and schedules its show on one member of a two-member cluster, and
 * customers on the other member find the show at once and hold its seats; what a manager gets
 * wrong is refused with the field named, and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogAdminApiTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    static Path dataDir;

    private EmbeddedPostgres postgres;
    private BookingNode managersMember;
    private BookingNode customersMember;
    private ApiClient manager;
    private ApiClient customer;
    private long city;
    private long cinema;
    private long hall;
    private long busyHall;
    private long existingMovie;
    private ZonedDateTime evening;

    @BeforeAll
    void startTwoMembersOnOneDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        String cluster = "catalog-admin-" + UUID.randomUUID();
        int firstPort = ThreadLocalRandom.current().nextInt(6000, 7400);
        int secondPort = firstPort + 100 + ThreadLocalRandom.current().nextInt(1400);
        List<String> members = List.of("127.0.0.1:" + firstPort, "127.0.0.1:" + secondPort);
        managersMember = BookingNode.start(memberOptions(jdbcUrl, cluster, members, firstPort,
                "first"));
        customersMember = BookingNode.start(memberOptions(jdbcUrl, cluster, members, secondPort,
                "second"));
        await().until(() -> managersMember.hazelcast().getCluster().getMembers().size() == 2);

        SearchCatalog catalog = new SearchCatalog(managersMember.dataSource());
        city = catalog.city("Paris");
        cinema = catalog.cinema(city, "Studio 28", "75018", 48.8843, 2.3333, "Europe/Paris");
        hall = catalog.hall(cinema, "A RRRRRR\nB PPPP");
        busyHall = catalog.hall(cinema, "A RRRR");
        existingMovie = catalog.movie("Dune", "Science Fiction", "English");
        evening = ZonedDateTime.now(PARIS).plusDays(3).withHour(20).withMinute(0)
                .withSecond(0).withNano(0);
        catalog.show(existingMovie, busyHall, evening.toInstant());

        String password = managersMember.managers().create("Ada").password();
        ApiClient anonymous = new ApiClient(managersMember.baseUrl(), null);
        Response login = anonymous.postJson("/api/v1/admin/login",
                Map.of("name", "Ada", "password", password));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        manager = anonymous.withSessionToken(login.json().path("token").asText());
        customer = new ApiClient(customersMember.baseUrl(), TestNodes.API_KEY);
    }

    private NodeOptions memberOptions(String jdbcUrl, String cluster, List<String> members,
                                      int port, String dir) {
        return TestNodes.options(dataDir.resolve(dir))
                .withDatabase(jdbcUrl, "postgres", null)
                .withCluster(cluster, members)
                .withHazelcastPort(port);
    }

    @AfterAll
    void stopEverything() throws IOException {
        customersMember.close();
        managersMember.close();
        postgres.close();
    }

    @Nested
    class Authentication {

        @Test
        void refusesEveryCatalogCallWithoutAToken() {
            ApiClient anonymous = manager.withSessionToken(null);

            List<Response> answers = List.of(anonymous.get("/api/v1/admin/movies"),
                    anonymous.postJson("/api/v1/admin/movies", movie("Tokenless")),
                    anonymous.get("/api/v1/admin/halls"),
                    anonymous.postJson("/api/v1/admin/shows", show(existingMovie, hall,
                            evening.plusDays(10), prices(1250, 1600))));

            assertThat(answers).extracting(Response::status).containsOnly(401);
            assertThat(answers).extracting(answer -> answer.json().path("error").asText())
                    .containsOnly("UNAUTHORIZED");
            assertThat(titles()).doesNotContain("Tokenless");
        }

        @Test
        void refusesAKioskKeyWith403() {
            Response response = customer.postJson("/api/v1/admin/movies", movie("Keyed"));

            assertThat(response.status()).isEqualTo(403);
            assertThat(titles()).doesNotContain("Keyed");
        }
    }

    @Nested
    class Movies {

        @Test
        void addsAMovieThatTheListThenShows() {
            Response added = manager.postJson("/api/v1/admin/movies", movie("Le Samouraï"));

            assertThat(added.status()).as(added.body()).isEqualTo(201);
            JsonNode movie = added.json();
            assertThat(movie.path("id").asLong()).isPositive();
            assertThat(movie.path("title").asText()).isEqualTo("Le Samouraï");
            assertThat(movie.path("durationMinutes").asInt()).isEqualTo(105);
            assertThat(movie.path("releaseDate").asText()).isEqualTo("1967-10-25");
            assertThat(titles()).contains("Le Samouraï", "Dune");
        }

        @Test
        void refusesTheSameTitleAndReleaseDateTwice() {
            assertThat(manager.postJson("/api/v1/admin/movies", movie("Playtime")).status())
                    .isEqualTo(201);

            Response again = manager.postJson("/api/v1/admin/movies", movie("Playtime"));

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().path("error").asText()).isEqualTo("MOVIE_EXISTS");
            assertThat(titles().stream().filter("Playtime"::equals)).hasSize(1);
        }

        @Test
        void refusesAMissingTitleNamingItAndAddsNothing() {
            int before = titles().size();
            Map<String, Object> untitled = movie("x");
            untitled.remove("title");

            Response response = manager.postJson("/api/v1/admin/movies", untitled);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("title");
            assertThat(titles()).hasSize(before);
        }

        @Test
        void refusesADurationThatIsNotAPositiveNumberOfMinutes() {
            Map<String, Object> zero = movie("Zero Minutes");
            zero.put("durationMinutes", 0);
            Map<String, Object> text = movie("Text Minutes");
            text.put("durationMinutes", "long");

            Response zeroAnswer = manager.postJson("/api/v1/admin/movies", zero);
            Response textAnswer = manager.postJson("/api/v1/admin/movies", text);

            assertThat(zeroAnswer.status()).isEqualTo(400);
            assertThat(zeroAnswer.json().path("field").asText()).isEqualTo("durationMinutes");
            assertThat(textAnswer.status()).isEqualTo(400);
            assertThat(textAnswer.json().path("field").asText()).isEqualTo("durationMinutes");
            assertThat(titles()).doesNotContain("Zero Minutes", "Text Minutes");
        }

        @Test
        void refusesAMalformedReleaseDateNamingIt() {
            Map<String, Object> movie = movie("Bad Date");
            movie.put("releaseDate", "25.10.1967");

            Response response = manager.postJson("/api/v1/admin/movies", movie);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("releaseDate");
        }
    }

    @Nested
    class Halls {

        @Test
        void listsEachCinemaWithItsHallsAndTheirKindsOfSeat() {
            Response response = manager.get("/api/v1/admin/halls");

            assertThat(response.status()).isEqualTo(200);
            JsonNode studio = byId(response.json(), cinema);
            assertThat(studio.path("name").asText()).isEqualTo("Studio 28");
            assertThat(studio.path("cityName").asText()).isEqualTo("Paris");
            assertThat(studio.path("currency").asText()).isEqualTo("EUR");
            assertThat(studio.path("timeZone").asText()).isEqualTo("Europe/Paris");
            JsonNode big = byId(studio.path("halls"), hall);
            assertThat(big.path("seatCount").asInt()).isEqualTo(10);
            assertThat(big.path("seatTypes").toString()).isEqualTo("[\"REGULAR\",\"PREMIUM\"]");
        }

        @Test
        void refusesAnUnknownParameter() {
            Response response = manager.get("/api/v1/admin/halls?cinema=1");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("cinema");
        }
    }

    @Nested
    class Scheduling {

        @Test
        void aNewShowIsOnSaleAtOnceOnTheOtherMember() {
            long movie = addMovie("Quellbrunnen", 100);
            ZonedDateTime startsAt = evening.plusDays(1).withHour(14);

            Response scheduled = manager.postJson("/api/v1/admin/shows",
                    show(movie, hall, startsAt, prices(1100, 1450)));

            assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
            long show = scheduled.json().path("id").asLong();
            assertThat(OffsetDateTime.parse(scheduled.json().path("startsAt").asText()))
                    .isEqualTo(startsAt.toOffsetDateTime());
            assertThat(OffsetDateTime.parse(scheduled.json().path("endsAt").asText()))
                    .isEqualTo(startsAt.plus(ShowScheduler.BEFORE_FILM).plusMinutes(100)
                            .toOffsetDateTime());

            Response seats = customer.get("/api/v1/shows/" + show + "/seats");
            assertThat(seats.status()).as(seats.body()).isEqualTo(200);
            assertThat(seats.json().path("seats")).hasSize(10);
            assertThat(seats.json().path("seats").findValuesAsText("status"))
                    .containsOnly("AVAILABLE");
            JsonNode premium = seats.json().path("seats").get(6);
            assertThat(premium.path("type").asText()).isEqualTo("PREMIUM");
            assertThat(premium.path("price").path("amountMinor").asLong()).isEqualTo(1450);

            Response held = customer.postJson("/api/v1/shows/" + show + "/reservations",
                    Map.of("sessionId", "session-" + UUID.randomUUID(), "seats",
                            List.of("A1", "B1")));
            assertThat(held.status()).as(held.body()).isEqualTo(201);
            assertThat(held.json().path("total").path("amountMinor").asLong())
                    .isEqualTo(1100 + 1450);
        }

        @Test
        void aNewShowIsListedAndFoundBySearch() {
            long movie = addMovie("Grenzgänger", 95);
            ZonedDateTime startsAt = evening.plusDays(2).withHour(14);

            Response scheduled = manager.postJson("/api/v1/admin/shows",
                    show(movie, hall, startsAt, prices(1250, 1600)));

            assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
            long show = scheduled.json().path("id").asLong();
            Response inCity = customer.get("/api/v1/cities/" + city + "/movies");
            assertThat(inCity.json().findValuesAsText("title")).contains("Grenzgänger");
            Response shows = customer.get("/api/v1/movies/" + movie + "/shows?city=" + city
                    + "&date=" + startsAt.toLocalDate());
            assertThat(shows.json().findValuesAsText("id")).contains(Long.toString(show));
            Response search = customer.get("/api/v1/search/movies?keyword=grenzganger");
            assertThat(search.status()).isEqualTo(200);
            assertThat(search.json().path("results").findValuesAsText("showId"))
                    .containsExactly(Long.toString(show));
        }

        @Test
        void refusesAShowThatOverlapsAnotherInTheHallWithItsCleaning() {
            int before = showsIn(busyHall);
            // Dune lasts 120 minutes from 20:00: the hall is taken until 22:00 and cleaned.
            ZonedDateTime duringCleaning = evening.plusHours(2).plusMinutes(10);

            Response response = manager.postJson("/api/v1/admin/shows",
                    show(existingMovie, busyHall, duringCleaning, regularPrice(1250)));

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().path("error").asText()).isEqualTo("SHOW_OVERLAPS");
            assertThat(response.json().path("field").asText()).isEqualTo("startsAt");
            assertThat(response.json().path("message").asText()).contains("Dune", "20:00");
            assertThat(showsIn(busyHall)).isEqualTo(before);
        }

        @Test
        void refusesAShowEndingIntoTheNextOne() {
            ZonedDateTime justBefore = evening.minusHours(1);

            Response response = manager.postJson("/api/v1/admin/shows",
                    show(existingMovie, busyHall, justBefore, regularPrice(1250)));

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().path("error").asText()).isEqualTo("SHOW_OVERLAPS");
        }

        @Test
        void acceptsAShowOnceTheHallIsCleaned() {
            ZonedDateTime afterCleaning = evening.plusHours(2).plus(ShowScheduler.CLEANING_GAP);

            Response response = manager.postJson("/api/v1/admin/shows",
                    show(existingMovie, busyHall, afterCleaning.plusDays(5), regularPrice(900)));

            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }

        @Test
        void refusesAStartInThePast() {
            int before = showsIn(hall);

            Response response = manager.postJson("/api/v1/admin/shows",
                    show(existingMovie, hall, ZonedDateTime.now(PARIS).minusHours(1)
                            .withSecond(0).withNano(0), prices(1250, 1600)));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("startsAt");
            assertThat(response.json().path("message").asText()).contains("past");
            assertThat(showsIn(hall)).isEqualTo(before);
        }

        @Test
        void refusesAStartWithoutOffset() {
            Map<String, Object> show = show(existingMovie, hall, evening.plusDays(20),
                    prices(1250, 1600));
            show.put("startsAt", evening.plusDays(20).toLocalDateTime().toString());

            Response response = manager.postJson("/api/v1/admin/shows", show);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("startsAt");
        }

        @Test
        void refusesAnUnknownHallOrMovieNamingIt() {
            Response noHall = manager.postJson("/api/v1/admin/shows",
                    show(existingMovie, 999_999, evening.plusDays(20), prices(1250, 1600)));
            Response noMovie = manager.postJson("/api/v1/admin/shows",
                    show(999_999, hall, evening.plusDays(20), prices(1250, 1600)));

            assertThat(noHall.status()).isEqualTo(400);
            assertThat(noHall.json().path("field").asText()).isEqualTo("hallId");
            assertThat(noHall.json().path("message").asText()).contains("no hall 999999");
            assertThat(noMovie.status()).isEqualTo(400);
            assertThat(noMovie.json().path("field").asText()).isEqualTo("movieId");
        }

        @Test
        void refusesAPriceThatIsNotPositiveNamingIt() {
            int before = showsIn(hall);

            Response zero = manager.postJson("/api/v1/admin/shows",
                    show(existingMovie, hall, evening.plusDays(20), prices(0, 1600)));
            Response negative = manager.postJson("/api/v1/admin/shows",
                    show(existingMovie, hall, evening.plusDays(20), prices(1250, -5)));

            assertThat(zero.status()).isEqualTo(400);
            assertThat(zero.json().path("field").asText()).isEqualTo("prices.0.price");
            assertThat(negative.status()).isEqualTo(400);
            assertThat(negative.json().path("field").asText()).isEqualTo("prices.1.price");
            assertThat(showsIn(hall)).isEqualTo(before);
        }

        @Test
        void refusesAShowWithoutAPriceForEveryKindOfSeatInTheHall() {
            Response missingPremium = manager.postJson("/api/v1/admin/shows",
                    show(existingMovie, hall, evening.plusDays(20), regularPrice(1250)));
            Response none = manager.postJson("/api/v1/admin/shows",
                    show(existingMovie, hall, evening.plusDays(20), List.of()));

            assertThat(missingPremium.status()).isEqualTo(400);
            assertThat(missingPremium.json().path("field").asText()).isEqualTo("prices");
            assertThat(missingPremium.json().path("message").asText()).contains("PREMIUM");
            assertThat(none.status()).isEqualTo(400);
            assertThat(none.json().path("field").asText()).isEqualTo("prices");
        }

        @Test
        void refusesAPriceInAnotherCurrencyThanTheCinemas() {
            List<Map<String, Object>> pounds = List.of(
                    price("REGULAR", 1250, "GBP"), price("PREMIUM", 1600, "GBP"));

            Response response = manager.postJson("/api/v1/admin/shows",
                    show(existingMovie, hall, evening.plusDays(20), pounds));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("prices.0.price");
            assertThat(response.json().path("message").asText()).contains("EUR");
        }
    }

    private long addMovie(String title, int minutes) {
        Map<String, Object> movie = movie(title);
        movie.put("durationMinutes", minutes);
        Response added = manager.postJson("/api/v1/admin/movies", movie);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().path("id").asLong();
    }

    private List<String> titles() {
        Response response = manager.get("/api/v1/admin/movies");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().findValuesAsText("title");
    }

    private int showsIn(long hallId) {
        try (Connection connection = managersMember.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from shows where hall_id = ?")) {
            query.setLong(1, hallId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> movie(String title) {
        Map<String, Object> movie = new LinkedHashMap<>();
        movie.put("title", title);
        movie.put("description", "A film about " + title);
        movie.put("durationMinutes", 105);
        movie.put("genre", "Drama");
        movie.put("language", "French");
        movie.put("releaseDate", "1967-10-25");
        movie.put("country", "FR");
        movie.put("rating", "12");
        return movie;
    }

    private static Map<String, Object> show(long movieId, long hallId, ZonedDateTime startsAt,
                                            List<Map<String, Object>> prices) {
        Map<String, Object> show = new LinkedHashMap<>();
        show.put("movieId", movieId);
        show.put("hallId", hallId);
        show.put("startsAt", startsAt.toOffsetDateTime().toString());
        show.put("prices", prices);
        return show;
    }

    private static List<Map<String, Object>> prices(long regular, long premium) {
        return List.of(price("REGULAR", regular, "EUR"), price("PREMIUM", premium, "EUR"));
    }

    private static List<Map<String, Object>> regularPrice(long regular) {
        return List.of(price("REGULAR", regular, "EUR"));
    }

    private static Map<String, Object> price(String seatType, long amountMinor, String currency) {
        return Map.of("seatType", seatType,
                "price", Map.of("amountMinor", amountMinor, "currency", currency));
    }

    private static JsonNode byId(JsonNode list, long id) {
        for (JsonNode item : list) {
            if (item.path("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }
}
