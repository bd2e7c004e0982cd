package com.boxoffice.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.node.BookingNode;
import com.boxoffice.node.admin.ManagerStore;
import com.boxoffice.node.search.SearchCatalog;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.TestNodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document in docs/ is the one the node serves, names every route the node serves,
 * and describes what the node really answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "openapi.json");
    private static final ObjectMapper JSON = Json.mapper();

    @TempDir
    static Path dataDir;

    private BookingNode node;
    private ApiClient api;
    private JsonNode document;

    @BeforeAll
    void startNode() throws IOException {
        node = BookingNode.start(TestNodes.options(dataDir));
        api = new ApiClient(node.baseUrl(), TestNodes.API_KEY);
        document = JSON.readTree(Files.readString(DOCUMENT));
    }

    @AfterAll
    void stopNode() {
        node.close();
    }

    @Nested
    class Served {

        @Test
        void servesTheDocumentInDocsWithoutAKey() {
            ApiClient.Response response = api.withKey(null).get("/api/v1/openapi.json");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/json");
            assertThat(response.json()).isEqualTo(document);
            assertThat(document.get("openapi").asText()).startsWith("3.");
        }

        @Test
        void describesEveryPublicRouteTheNodeServes() {
            List<String> undocumented = new ArrayList<>();
            for (String route : node.httpRoutes()) {
                String method = route.substring(0, route.indexOf(' ')).toLowerCase();
                String path = route.substring(route.indexOf(' ') + 1);
                boolean documented = document.path("paths").path(path).has(method);
                if (!documented) {
                    undocumented.add(route);
                }
            }

            assertThat(node.httpRoutes()).contains("GET /api/v1/search/movies",
                    "POST /api/v1/admin/login", "GET /api/v1/admin/sales",
                    "POST /api/v1/admin/movies", "POST /api/v1/admin/shows");
            assertThat(undocumented).isEmpty();
        }
    }

    @Nested
    class Answers {

        @Test
        void searchResultsMatchTheirSchema() {
            ApiClient.Response response = api.get("/api/v1/search/movies?keyword=x");

            assertThat(response.status()).isEqualTo(200);
            assertThat(violations("SearchResponse", response.json())).isEmpty();
        }

        @Test
        void refusalsMatchTheErrorSchema() {
            ApiClient.Response badRequest = api.get("/api/v1/search/movies?radius=3");
            ApiClient.Response noKey = api.withKey(null).get("/api/v1/search/movies");

            assertThat(badRequest.status()).isEqualTo(400);
            assertThat(noKey.status()).isEqualTo(401);
            assertThat(violations("Error", badRequest.json())).isEmpty();
            assertThat(violations("Error", noKey.json())).isEmpty();
        }

        @Test
        void aManagersSignInAndSalesMatchTheirSchemas() {
            ManagerStore.IssuedPassword manager = node.managers().create("Schema");
            String name = manager.manager().name();
            LocalDate day = showTomorrowInBerlin();
            ApiClient anonymous = api.withKey(null);

            ApiClient.Response login = anonymous.postJson("/api/v1/admin/login",
                    Map.of("name", name, "password", manager.password()));
            ApiClient.Response sales = anonymous
                    .withSessionToken(login.json().path("token").asText())
                    .get("/api/v1/admin/sales?date=" + day);
            ApiClient.Response wrong = anonymous.postJson("/api/v1/admin/login",
                    Map.of("name", name, "password", "wrong"));

            assertThat(login.status()).isEqualTo(200);
            assertThat(violations("ManagerSession", login.json())).isEmpty();
            assertThat(sales.status()).isEqualTo(200);
            assertThat(sales.json().path("shows")).hasSize(1);
            assertThat(violations("SalesReport", sales.json())).isEmpty();
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(violations("Error", wrong.json())).isEmpty();
        }

        @Test
        void aManagersCatalogCallsMatchTheirSchemas() {
            ManagerStore.IssuedPassword account = node.managers().create("Catalog schema");
            ApiClient anonymous = api.withKey(null);
            ApiClient manager = anonymous.withSessionToken(anonymous.postJson(
                    "/api/v1/admin/login", Map.of("name", account.manager().name(),
                            "password", account.password())).json().path("token").asText());
            SearchCatalog catalog = new SearchCatalog(node.dataSource());
            long hall = catalog.hall(catalog.cinema(catalog.city("Hamburg"), "Abaton", "20146",
                    53.57, 9.98, "Europe/Berlin"), "A RRRR");

            ApiClient.Response movie = manager.postJson("/api/v1/admin/movies", Map.of(
                    "title", "Nosferatu", "durationMinutes", 94, "genre", "Horror",
                    "language", "German", "releaseDate", "1922-03-04", "country", "DE",
                    "rating", "12"));
            ApiClient.Response movies = manager.get("/api/v1/admin/movies");
            ApiClient.Response halls = manager.get("/api/v1/admin/halls");
            ApiClient.Response show = manager.postJson("/api/v1/admin/shows", Map.of(
                    "movieId", movie.json().path("id").asLong(), "hallId", hall,
                    "startsAt", ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(40)
                            .withHour(11).truncatedTo(ChronoUnit.HOURS).toOffsetDateTime()
                            .toString(),
                    "prices", List.of(Map.of("seatType", "REGULAR", "price",
                            Map.of("amountMinor", 990, "currency", "EUR")))));
            ApiClient.Response overlap = manager.postJson("/api/v1/admin/shows", Map.of(
                    "movieId", movie.json().path("id").asLong(), "hallId", hall,
                    "startsAt", show.json().path("startsAt").asText(),
                    "prices", List.of(Map.of("seatType", "REGULAR", "price",
                            Map.of("amountMinor", 990, "currency", "EUR")))));

            assertThat(movie.status()).as(movie.body()).isEqualTo(201);
            assertThat(violations("Movie", movie.json())).isEmpty();
            assertThat(violations("Movie", movies.json().get(0))).isEmpty();
            assertThat(violations("CinemaHalls", halls.json().get(0))).isEmpty();
            assertThat(show.status()).as(show.body()).isEqualTo(201);
            assertThat(violations("ScheduledShow", show.json())).isEmpty();
            assertThat(overlap.status()).isEqualTo(409);
            assertThat(violations("Error", overlap.json())).isEmpty();
        }

        @Test
        void healthMatchesItsSchema() {
            ApiClient.Response response = api.withKey(null).get("/health");

            assertThat(response.status()).isEqualTo(200);
            assertThat(violations("Health", response.json())).isEmpty();
        }

        @Test
        void theSchemasRefuseWhatBreaksThem() {
            JsonNode broken = JSON.createObjectNode().put("page", 0).put("total", -1);

            assertThat(violations("SearchResponse", broken)).isNotEmpty();
        }
    }

    private LocalDate showTomorrowInBerlin() {
        SearchCatalog catalog = new SearchCatalog(node.dataSource());
        long cinema = catalog.cinema(catalog.city("Berlin"), "Kino Mitte", "10115", 52.53, 13.38,
                "Europe/Berlin");
        ZonedDateTime evening = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(1)
                .withHour(19).truncatedTo(ChronoUnit.HOURS);
        catalog.show(catalog.movie("Metropolis", "Drama", "German"),
                catalog.hall(cinema, "A RRRR"), evening.toInstant());
        return evening.toLocalDate();
    }

    /** Validates against one schema of the document, with its references into the others. */
    private Set<ValidationMessage> violations(String schemaName, JsonNode answer) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$ref", "#/components/schemas/" + schemaName);
        schema.set("components", document.get("components"));
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schema);
        return validator.validate(answer);
    }
}
