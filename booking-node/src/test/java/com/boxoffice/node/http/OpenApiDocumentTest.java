package com.boxoffice.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.node.BookingNode;
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
import java.util.List;
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

        /** The managers' calls under /api/v1/admin/ take a session token, not a key. */
        @Test
        void describesEveryPublicRouteTheNodeServes() {
            List<String> undocumented = new ArrayList<>();
            for (String route : node.httpRoutes()) {
                String method = route.substring(0, route.indexOf(' ')).toLowerCase();
                String path = route.substring(route.indexOf(' ') + 1);
                boolean documented = document.path("paths").path(path).has(method);
                if (!documented && !path.startsWith("/api/v1/admin/")) {
                    undocumented.add(route);
                }
            }

            assertThat(node.httpRoutes()).contains("GET /api/v1/search/movies");
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
