package com.boxoffice.node.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.model.SeatType;
import com.boxoffice.node.BookingNode;
import com.boxoffice.node.demo.DemoCatalog;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.TestNodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogHttpTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    static Path dataDir;

    private BookingNode node;
    private ApiClient api;

    @BeforeAll
    void startNode() {
        node = BookingNode.start(TestNodes.demoOptions(dataDir));
        api = new ApiClient(node.baseUrl(), TestNodes.API_KEY);
    }

    @AfterAll
    void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    private long cityId(String name) {
        for (JsonNode city : api.get("/api/v1/cities").json()) {
            if (city.path("name").asText().equals(name)) {
                return city.path("id").asLong();
            }
        }
        throw new AssertionError("no city " + name);
    }

    private long movieId(String title) {
        for (JsonNode movie : api.get("/api/v1/cities/" + cityId("Berlin") + "/movies").json()) {
            if (movie.path("title").asText().equals(title)) {
                return movie.path("id").asLong();
            }
        }
        throw new AssertionError("no movie " + title);
    }

    private static List<JsonNode> showsOf(JsonNode cinemas) {
        List<JsonNode> shows = new ArrayList<>();
        cinemas.forEach(cinema -> cinema.path("shows").forEach(shows::add));
        return shows;
    }

    @Nested
    class Cities {

        @Test
        void listsTheDemoCitiesWithTheirCinemas() {
            ApiClient.Response response = api.get("/api/v1/cities");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).extracting(city -> city.path("name").asText())
                    .containsExactly("Berlin", "London", "New York");
            assertThat(response.json()).allSatisfy(city -> {
                assertThat(city.path("id").asLong()).isPositive();
                assertThat(city.path("cinemaCount").asInt()).isEqualTo(2);
            });
        }
    }

    @Nested
    class Movies {

        @Test
        void listsTheMoviesOnSaleInACity() {
            ApiClient.Response response = api.get("/api/v1/cities/" + cityId("London") + "/movies");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isNotEmpty();
            JsonNode movie = response.json().get(0);
            assertThat(movie.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "title",
                    "description", "durationMinutes", "genre", "language", "releaseDate",
                    "country", "rating");
            assertThat(movie.path("releaseDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }

        @Test
        void keepsAccentsInTitles() {
            ApiClient.Response response = api.get("/api/v1/cities/" + cityId("Berlin") + "/movies");

            assertThat(response.json()).extracting(movie -> movie.path("title").asText())
                    .contains("Amélie et le Phare", "Dune");
        }

        @Test
        void answersAnUnknownCityWith404() {
            ApiClient.Response response = api.get("/api/v1/cities/999999/movies");

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().path("error").asText()).isEqualTo("NOT_FOUND");
        }

        @Test
        void answersAMalformedCityIdWith400NamingIt() {
            ApiClient.Response response = api.get("/api/v1/cities/berlin/movies");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("cityId");
        }
    }

    @Nested
    class Shows {

        @Test
        void listsCinemasWithTheirShowsOnADateInTheirZone() {
            LocalDate tomorrow = LocalDate.now(BERLIN).plusDays(1);

            ApiClient.Response response = api.get("/api/v1/movies/" + movieId("Dune")
                    + "/shows?city=" + cityId("Berlin") + "&date=" + tomorrow);

            assertThat(response.status()).isEqualTo(200);
            JsonNode cinemas = response.json();
            assertThat(cinemas).isNotEmpty().allSatisfy(cinema -> {
                assertThat(cinema.path("timeZone").asText()).isEqualTo("Europe/Berlin");
                assertThat(cinema.path("address").path("postalCode").asText()).isNotBlank();
                assertThat(cinema.path("shows")).isNotEmpty();
            });
            assertThat(showsOf(cinemas)).allSatisfy(show -> {
                OffsetDateTime startsAt = OffsetDateTime.parse(show.path("startsAt").asText());
                assertThat(startsAt.getOffset())
                        .isEqualTo(BERLIN.getRules().getOffset(startsAt.toInstant()));
                assertThat(startsAt.toLocalDate()).isEqualTo(tomorrow);
                assertThat(show.path("hall").path("name").asText()).startsWith("Saal");
                assertThat(show.path("prices")).isNotEmpty();
                assertThat(show.path("prices").get(0).path("price").path("currency").asText())
                        .isEqualTo("EUR");
            });
        }

        @Test
        void defaultsToTodayAndLeavesStartedShowsOut() {
            Instant now = Instant.now();

            ApiClient.Response response = api.get("/api/v1/movies/" + movieId("Dune")
                    + "/shows?city=" + cityId("New York"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(showsOf(response.json())).allSatisfy(show -> {
                OffsetDateTime startsAt = OffsetDateTime.parse(show.path("startsAt").asText());
                assertThat(startsAt.toInstant()).isAfter(now);
                assertThat(startsAt.atZoneSameInstant(ZoneId.of("America/New_York"))
                        .toLocalDate()).isEqualTo(LocalDate.now(ZoneId.of("America/New_York")));
            });
        }

        @Test
        void leavesOutAShowThatHasJustStarted() throws Exception {
            long movieId = movieId("Paper Moons");
            Instant justStarted = Instant.now().minusSeconds(60);
            Instant soon = Instant.now().plus(Duration.ofMinutes(3));
            long started = insertShow(movieId, justStarted);
            long upcoming = insertShow(movieId, soon);

            List<Long> listed = new ArrayList<>();
            for (Instant start : List.of(justStarted, soon)) {
                String date = LocalDate.ofInstant(start, BERLIN).toString();
                showsOf(api.get("/api/v1/movies/" + movieId + "/shows?city=" + cityId("Berlin")
                        + "&date=" + date).json()).forEach(s -> listed.add(s.path("id").asLong()));
            }

            assertThat(listed).contains(upcoming).doesNotContain(started);
        }

        @Test
        void answersABadDateWith400NamingIt() {
            ApiClient.Response response = api.get("/api/v1/movies/" + movieId("Dune")
                    + "/shows?date=03.12.2026");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("date");
        }

        @Test
        void answersADateBeyondTheCalendarWith400NamingIt() {
            ApiClient.Response response = api.get("/api/v1/movies/" + movieId("Dune")
                    + "/shows?date=%2B999999999-12-31");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asText()).isEqualTo("date");
        }

        @Test
        void answersAnUnknownMovieWith404() {
            ApiClient.Response response = api.get("/api/v1/movies/999999/shows");

            assertThat(response.status()).isEqualTo(404);
        }
    }

    @Nested
    class Snapshots {

        @Test
        void givesTheEngineAShowWithItsHallPricesAndZone() {
            long showId = showsOf(api.get("/api/v1/movies/" + movieId("Dune") + "/shows?city="
                    + cityId("London") + "&date=" + LocalDate.now(BERLIN).plusDays(2)).json())
                    .getFirst().path("id").asLong();

            ShowSnapshot snapshot = node.catalog().show(showId).orElseThrow();

            assertThat(snapshot.movieTitle()).isEqualTo("Dune");
            assertThat(snapshot.zone()).isEqualTo(ZoneId.of("Europe/London"));
            assertThat(snapshot.layout().size()).isPositive();
            assertThat(snapshot.prices()).containsKey(SeatType.REGULAR);
            assertThat(snapshot.taxBasisPoints()).isEqualTo(2000);
            assertThat(snapshot.onSaleAt(Instant.now())).isTrue();
        }

        @Test
        void knowsNoUnknownShow() {
            assertThat(node.catalog().show(987654321L)).isEmpty();
        }
    }

    @Nested
    class DemoLoading {

        @Test
        void loadingTwiceAddsNothing() {
            DemoCatalog demo = new DemoCatalog(node.transactions(), Clock.systemUTC());

            DemoCatalog.Counts first = demo.load();
            DemoCatalog.Counts second = demo.load();

            assertThat(second).isEqualTo(first);
            assertThat(first.cities()).isGreaterThanOrEqualTo(3);
            assertThat(first.cinemas()).isGreaterThanOrEqualTo(6);
            assertThat(first.movies()).isGreaterThanOrEqualTo(12);
        }

        @Test
        void loadingADayLaterExtendsTheWeekWithoutDuplicates() {
            DemoCatalog.Counts today = new DemoCatalog(node.transactions(), Clock.systemUTC())
                    .load();
            Clock tomorrow = Clock.offset(Clock.systemUTC(), Duration.ofDays(1));

            DemoCatalog.Counts later = new DemoCatalog(node.transactions(), tomorrow).load();

            assertThat(later.shows()).isGreaterThan(today.shows());
            assertThat(later.halls()).isEqualTo(today.halls());
            assertThat(later.movies()).isEqualTo(today.movies());
        }
    }

    private long insertShow(long movieId, Instant startsAt) throws Exception {
        try (Connection connection = node.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into shows (movie_id, hall_id, starts_at, ends_at)
                     select ?, h.id, ?, ?
                     from halls h join cinemas c on c.id = h.cinema_id
                     where c.name = 'Kanalkino Kreuzberg' and h.name = 'Saal 2'
                     returning id
                     """)) {
            insert.setLong(1, movieId);
            insert.setTimestamp(2, Timestamp.from(startsAt));
            insert.setTimestamp(3, Timestamp.from(startsAt.plus(Duration.ofMinutes(1))));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
