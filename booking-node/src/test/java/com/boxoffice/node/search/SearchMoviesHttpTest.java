package com.boxoffice.node.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.model.GeoPoint;
import com.boxoffice.node.BookingNode;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.TestNodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchMoviesHttpTest {

    private static final String PARIS = "Europe/Paris";
    private static final double KM_PER_DEGREE = Math.PI * ShowSearch.EARTH_RADIUS_KM / 180;

    @TempDir
    static Path dataDir;

    private BookingNode node;
    private ApiClient api;
    private SearchCatalog catalog;
    private Instant tomorrow;

    @BeforeAll
    void startNode() {
        node = BookingNode.start(TestNodes.options(dataDir));
        api = new ApiClient(node.baseUrl(), TestNodes.API_KEY);
        catalog = new SearchCatalog(node.dataSource());
        tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    @AfterAll
    void stopNode() {
        node.close();
    }

    @Nested
    class Keyword {

        @Test
        void findsTitleWithoutAccentsInAnyCaseAndReturnsItAsStored() {
            long city = catalog.city("Keyword " + UUID.randomUUID());
            long hall = smallHall(catalog.cinema(city, "Studio 28", "75018", 48.88, 2.33, PARIS));
            long movie = catalog.movie("Le Fabuleux Destin d'Amélie Poulain", "Comedy", "French");
            catalog.show(movie, hall, tomorrow);

            List<String> plain = titles(search("keyword=amelie&city=" + city));
            List<String> upper = titles(search("keyword=AMELIE&city=" + city));
            List<String> accented = titles(search("keyword=am%C3%A9lie&city=" + city));

            assertThat(plain).containsExactly("Le Fabuleux Destin d'Amélie Poulain");
            assertThat(upper).isEqualTo(plain);
            assertThat(accented).isEqualTo(plain);
        }

        @Test
        void findsByGenreAndByLanguageButNotByPartOfThem() {
            long city = catalog.city("Genre " + UUID.randomUUID());
            long hall = smallHall(catalog.cinema(city, "Le Champo", "75005", 48.85, 2.34, PARIS));
            catalog.show(catalog.movie("Microcosmos", "Documentary", "Français"), hall, tomorrow);

            List<String> byGenre = titles(search("keyword=documentary&city=" + city));
            List<String> byLanguage = titles(search("keyword=francais&city=" + city));
            List<String> byPart = titles(search("keyword=docu&city=" + city));

            assertThat(byGenre).containsExactly("Microcosmos");
            assertThat(byLanguage).containsExactly("Microcosmos");
            assertThat(byPart).isEmpty();
        }

        @Test
        void needsEveryWordOfTheKeyword() {
            long city = catalog.city("Words " + UUID.randomUUID());
            long hall = smallHall(catalog.cinema(city, "Grand Rex", "75002", 48.87, 2.35, PARIS));
            catalog.show(catalog.movie("La Haine", "Drama", "French"), hall, tomorrow);

            List<String> both = titles(search("keyword=haine%20drama&city=" + city));
            List<String> oneMissing = titles(search("keyword=haine%20comedy&city=" + city));

            assertThat(both).containsExactly("La Haine");
            assertThat(oneMissing).isEmpty();
        }

        @Test
        void walksAndCountsEveryShowOfTheMoviesTheKeywordNamesInEveryOrder() {
            String word = uniqueWord();
            long city = catalog.city("Amélie " + word);
            long cinema = catalog.cinema(city, "Studio 28", "75018", 48.88, 2.33, PARIS);
            long first = catalog.movie("Le Fabuleux Destin d'Amélie Poulain " + word, "Comedy",
                    "French");
            long second = catalog.movie("AMÉLIE " + word + " la suite", "Romance", "French");
            long otherWords = catalog.movie("Delicatessen " + word, "Comedy", "French");
            Set<Long> shows = new HashSet<>();
            for (int i = 0; i < 7; i++) {
                long hall = smallHall(cinema);
                shows.add(catalog.show(i % 2 == 0 ? first : second, hall, tomorrow));
                catalog.show(otherWords, hall, tomorrow.plus(3, ChronoUnit.HOURS));
            }

            for (SortingOrder order : SortingOrder.values()) {
                String query = "keyword=am%C3%A9lie%20" + word + "&lat_long=48.8,2.3"
                        + "&sorting_order=" + order.parameter();
                List<Long> walked = walk(query, 2);

                assertThat(walked).as(order.parameter()).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(shows);
                assertThat(search(query + "&results_per_page=2").get("total").asLong())
                        .as(order.parameter()).isEqualTo(7);
            }
        }

        @Test
        void findsAndCountsNothingOnAnyPageWhenNoMovieMatches() {
            String word = uniqueWord();
            long city = catalog.city("Nothing " + word);
            long hall = smallHall(catalog.cinema(city, "Le Brady", "75010", 48.87, 2.35, PARIS));
            catalog.show(catalog.movie("Playtime " + word, "Comedy", "French"), hall, tomorrow);

            for (int page : List.of(1, 3)) {
                JsonNode found = search("keyword=playtime%20" + word + "x&page=" + page);

                assertThat(rows(found)).isEmpty();
                assertThat(found.get("total").asLong()).isZero();
            }
        }

        @Test
        void readsWildcardsInTheKeywordAsPlainCharacters() {
            String word = uniqueWord();
            long city = catalog.city("Wildcards " + word);
            long cinema = catalog.cinema(city, "Le Lucernaire", "75006", 48.84, 2.33, PARIS);
            for (String title : List.of("100% Arabica", "1000 Arabica", "Top_Gun", "TopXGun")) {
                catalog.show(catalog.movie(title + " " + word, "Comedy", "French"),
                        smallHall(cinema), tomorrow);
            }

            List<String> percent = titles(search("keyword=100%25%20" + word));
            List<String> underscore = titles(search("keyword=top_gun%20" + word));

            assertThat(percent).containsExactly("100% Arabica " + word);
            assertThat(underscore).containsExactly("Top_Gun " + word);
        }
    }

    @Nested
    class Paging {

        @Test
        void walkingAllPagesGivesEveryShowOnceWhenManyStartTogether() {
            long city = catalog.city("Paging " + UUID.randomUUID());
            long cinema = catalog.cinema(city, "Multiplex", "69001", 45.76, 4.83, PARIS);
            long first = catalog.movie("Tie " + UUID.randomUUID(), "Drama", "French");
            long second = catalog.movie("Tie " + UUID.randomUUID(), "Drama", "French");
            Set<Long> shows = new HashSet<>();
            for (int i = 0; i < 23; i++) {
                shows.add(catalog.show(i % 3 == 0 ? first : second, smallHall(cinema), tomorrow));
            }

            for (SortingOrder order : SortingOrder.values()) {
                List<Long> walked = walk("city=" + city + "&lat_long=45.7,4.8&sorting_order="
                        + order.parameter(), 4);

                assertThat(walked).as(order.parameter()).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(shows);
            }
        }

        @Test
        void givesTheSamePageForTheSameQuery() {
            long city = catalog.city("Stable " + UUID.randomUUID());
            long cinema = catalog.cinema(city, "Pathé", "13001", 43.30, 5.37, PARIS);
            long movie = catalog.movie("Marius " + UUID.randomUUID(), "Drama", "French");
            for (int i = 0; i < 9; i++) {
                catalog.show(movie, smallHall(cinema), tomorrow);
            }
            String query = "city=" + city + "&sorting_order=name,asc&results_per_page=3&page=2";

            JsonNode once = search(query);
            JsonNode again = search(query);

            assertThat(showIds(again)).hasSize(3).isEqualTo(showIds(once));
            assertThat(once.get("total").asLong()).isEqualTo(9);
            assertThat(once.get("page").asInt()).isEqualTo(2);
            assertThat(once.get("resultsPerPage").asInt()).isEqualTo(3);
        }
    }

    @Nested
    class Distance {

        @Test
        void ordersByDistanceAndSaysHowFarEachCinemaIs() {
            GeoPoint here = new GeoPoint(50.0, 8.0);
            long city = catalog.city("Distance " + UUID.randomUUID());
            long movie = catalog.movie("Lola rennt " + UUID.randomUUID(), "Thriller", "German");
            for (double km : List.of(5.0, 1.0, 3.0)) {
                long cinema = catalog.cinema(city, "At " + km, "60311",
                        here.latitude() + km / KM_PER_DEGREE, here.longitude(), "Europe/Berlin");
                catalog.show(movie, smallHall(cinema), tomorrow);
            }

            JsonNode found = search("city=" + city
                    + "&lat_long=50.0,8.0&sorting_order=distance,asc");

            assertThat(rows(found)).extracting(row -> row.get("distanceKm").asDouble())
                    .containsExactly(1.0, 3.0, 5.0);
        }

        @Test
        void keepsACinemaJustInsideTheRadiusAndLeavesOutOneJustOutside() {
            GeoPoint here = new GeoPoint(-33.87, 151.21);
            long city = catalog.city("Radius " + UUID.randomUUID());
            long movie = catalog.movie("Mad Max " + UUID.randomUUID(), "Action", "English");
            long inside = catalog.cinema(city, "Inside", "2000",
                    here.latitude() + 9.99 / KM_PER_DEGREE, here.longitude(), "Australia/Sydney");
            long outside = catalog.cinema(city, "Outside", "2000",
                    here.latitude() - 10.01 / KM_PER_DEGREE, here.longitude(), "Australia/Sydney");
            catalog.show(movie, smallHall(inside), tomorrow);
            catalog.show(movie, smallHall(outside), tomorrow);

            JsonNode found = search("lat_long=-33.87,151.21&radius=10&keyword=mad%20max");

            assertThat(rows(found)).extracting(row -> row.get("cinemaName").asText())
                    .containsExactly("Inside");
            assertThat(rows(found).getFirst().get("distanceKm").asDouble()).isEqualTo(9.99);
        }
    }

    @Nested
    class Times {

        @Test
        void readsAPlusInTheOffsetWhetherEncodedOrDecodedAsSpace() {
            long city = catalog.city("Offsets " + UUID.randomUUID());
            long hall = smallHall(catalog.cinema(city, "Odeon", "1010", 48.2, 16.37,
                    "Europe/Vienna"));
            long movie = catalog.movie("Amour " + UUID.randomUUID(), "Drama", "French");
            long morning = catalog.show(movie, hall, tomorrow.plus(9, ChronoUnit.HOURS));
            catalog.show(movie, hall, tomorrow.plus(13, ChronoUnit.HOURS));
            String until = tomorrow.plus(12, ChronoUnit.HOURS).atOffset(ZoneOffset.ofHours(2))
                    .toString();

            JsonNode decoded = search("city=" + city + "&end_datetime=" + until);
            JsonNode encoded = search("city=" + city + "&end_datetime="
                    + until.replace("+", "%2B"));

            assertThat(showIds(decoded)).containsExactly(morning);
            assertThat(showIds(encoded)).containsExactly(morning);
        }

        @Test
        void leavesOutStartedShowsAndGivesTimesInTheCinemasZone() {
            long city = catalog.city("Started " + UUID.randomUUID());
            long hall = smallHall(catalog.cinema(city, "Ritz", "10001", 40.7, -74.0,
                    "America/New_York"));
            long movie = catalog.movie("Manhattan " + UUID.randomUUID(), "Comedy", "English");
            catalog.show(movie, hall, Instant.now().minus(10, ChronoUnit.MINUTES));
            long later = catalog.show(movie, hall, tomorrow);

            JsonNode found = search("city=" + city);

            assertThat(showIds(found)).containsExactly(later);
            String startsAt = rows(found).getFirst().get("startsAt").asText();
            assertThat(OffsetDateTime.parse(startsAt)).isEqualTo(
                    tomorrow.atZone(ZoneId.of("America/New_York")).toOffsetDateTime());
        }
    }

    @Nested
    class Spellcheck {

        @Test
        void suggestsTheTitleForAMisspelledKeyword() {
            long city = catalog.city("Spelling " + UUID.randomUUID());
            long hall = smallHall(catalog.cinema(city, "Arrakis", "75011", 48.86, 2.37, PARIS));
            catalog.show(catalog.movie("Dune", "Science Fiction", "English"), hall, tomorrow);

            JsonNode asked = search("keyword=dnue&includeSpellcheck=yes&city=" + city);
            JsonNode notAsked = search("keyword=dnue&city=" + city);

            assertThat(asked.get("total").asLong()).isZero();
            assertThat(asked.get("suggestions")).extracting(JsonNode::asText).contains("Dune");
            assertThat(notAsked.get("suggestions")).isEmpty();
        }
    }

    @Nested
    class Seats {

        @Test
        void givesPriceAndAvailabilityPerKindOfSeat() {
            long city = catalog.city("Seats " + UUID.randomUUID());
            long cinema = catalog.cinema(city, "Balzac", "75008", 48.87, 2.30, PARIS);
            long hall = catalog.hall(cinema, "A RRRR\nB PP");
            catalog.show(catalog.movie("Jules et Jim", "Drama", "French"), hall, tomorrow);

            JsonNode seats = rows(search("city=" + city)).getFirst().get("seats");

            assertThat(seats.toString()).isEqualTo("""
                    [{"type":"REGULAR","price":{"amountMinor":1250,"currency":"EUR"},\
                    "status":"Available"},\
                    {"type":"PREMIUM","price":{"amountMinor":1600,"currency":"EUR"},\
                    "status":"Available"}]""");
        }

        @Test
        void countsSeatsHeldRightNowTowardsAlmostFullAndFull() {
            long city = catalog.city("Held " + UUID.randomUUID());
            long cinema = catalog.cinema(city, "Le Louxor", "75010", 48.88, 2.35, PARIS);
            long hall = catalog.hall(cinema, "A RRRR\nB PP");
            long show = catalog.show(catalog.movie("Zazie dans le métro", "Comedy", "French"),
                    hall, tomorrow);

            ApiClient.Response held = api.post("/api/v1/shows/" + show + "/reservations",
                    "{\"sessionId\":\"s-" + UUID.randomUUID()
                            + "\",\"seats\":[\"A1\",\"A2\",\"A3\",\"B1\",\"B2\"]}");
            JsonNode seats = rows(search("city=" + city)).getFirst().get("seats");

            assertThat(held.status()).as(held.body()).isEqualTo(201);
            assertThat(seats).extracting(seat -> seat.get("type").asText() + " "
                    + seat.get("status").asText())
                    .containsExactly("REGULAR Almost Full", "PREMIUM Full");
        }

        @Test
        void countsSoldSeatsTowardsAlmostFullAndFull() {
            long city = catalog.city("Sold " + UUID.randomUUID());
            long cinema = catalog.cinema(city, "Max Linder", "75009", 48.87, 2.34, PARIS);
            long hall = catalog.hall(cinema, "A RRRRRRRRRR\nB PP");
            long show = catalog.show(catalog.movie("Playtime", "Comedy", "French"), hall,
                    tomorrow);
            catalog.sell(show, "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "B1", "B2");

            JsonNode seats = rows(search("city=" + city)).getFirst().get("seats");

            assertThat(seats).extracting(seat -> seat.get("type").asText() + " "
                    + seat.get("status").asText())
                    .containsExactly("REGULAR Almost Full", "PREMIUM Full");
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "colour=red | colour",
                "sorting_order=price,asc | sorting_order",
                "radius=5 | radius",
                "results_per_page=31 | results_per_page",
                "results_per_page=0 | results_per_page",
                "page=0 | page",
                "start_datetime=2026-12-24T18:00:00 | start_datetime",
                "end_datetime=tomorrow | end_datetime",
                "start_datetime=%2B999999999-12-31T23:59:59%2B18:00 | start_datetime",
                "end_datetime=-999999999-01-01T00:00:00Z | end_datetime",
                "lat_long=91,8 | lat_long",
                "sorting_order=distance,asc | sorting_order",
                "includeSpellcheck=maybe | includeSpellcheck",
                "city=paris | city"})
        void refusesWithTheParameterNamed(String query, String field) {
            ApiClient.Response response = api.get("/api/v1/search/movies?" + query);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("field").asText()).isEqualTo(field);
            assertThat(response.json().get("error").asText()).isEqualTo("BAD_REQUEST");
        }

        @Test
        void namesAnOverlongUnknownParameterWithoutEchoingItWhole() {
            String name = "z".repeat(4_000);

            ApiClient.Response response = api.get("/api/v1/search/movies?" + name + "=1");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("field").asText()).isEqualTo("z".repeat(40) + "...");
            assertThat(response.body()).hasSizeLessThan(400);
        }
    }

    /** Letters only, in no title but the test's own, so a keyword alone finds its movies. */
    private static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private long smallHall(long cinema) {
        return catalog.hall(cinema, "A RRRRRRRRRR\nB RRRRRRRRRR");
    }

    private List<Long> walk(String query, int perPage) {
        List<Long> walked = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode found = search(query + "&results_per_page=" + perPage + "&page=" + page);
            if (rows(found).isEmpty()) {
                return walked;
            }
            walked.addAll(showIds(found));
        }
    }

    private JsonNode search(String query) {
        ApiClient.Response response = api.get("/api/v1/search/movies?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<JsonNode> rows(JsonNode found) {
        return StreamSupport.stream(found.get("results").spliterator(), false).toList();
    }

    private static List<String> titles(JsonNode found) {
        return rows(found).stream().map(row -> row.get("title").asText()).toList();
    }

    private static List<Long> showIds(JsonNode found) {
        return rows(found).stream().map(row -> row.get("showId").asLong()).toList();
    }
}
