package com.boxoffice.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.TestNodes;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingNodeTest {

    @TempDir
    static Path dataDir;

    private BookingNode node;
    private ApiClient api;

    @BeforeAll
    void startNode() {
        node = BookingNode.start(TestNodes.options(dataDir));
        api = new ApiClient(node.baseUrl(), TestNodes.API_KEY);
    }

    @AfterAll
    void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Nested
    class Health {

        @Test
        void reportsUpOnceJoinedAndMigrated() {
            ApiClient.Response response = api.withKey(null).get("/health");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("status").asText()).isEqualTo("UP");
            assertThat(response.json().path("joined").asBoolean()).isTrue();
            assertThat(response.json().path("schemaVersion").asText()).isNotBlank();
        }

        @Test
        void servesPrometheusMetricsWithoutAKey() {
            ApiClient.Response response = api.withKey(null).get("/metrics");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("text/plain");
            assertThat(response.body()).contains("jvm_memory_used_bytes");
        }
    }

    @Nested
    class ApiKeys {

        @Test
        void refusesACallWithoutAKey() {
            ApiClient.Response response = api.withKey(null).get("/api/v1/cities");

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().path("error").asText()).isEqualTo("UNAUTHORIZED");
        }

        @Test
        void refusesACallWithAWrongKey() {
            ApiClient.Response response = api.withKey("not-the-key").get("/api/v1/cities");

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().path("message").asText()).contains("unknown");
        }

        @Test
        void letsTheKeyThroughAsQueryParameter() {
            ApiClient.Response response = api.withKey(null)
                    .get("/api/v1/no-such-thing?api_dev_key=" + TestNodes.API_KEY);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().path("error").asText()).isEqualTo("NOT_FOUND");
        }
    }

    @Nested
    class Database {

        @Test
        void hasTheCatalogTablesMigrated() throws Exception {
            try (var connection = node.dataSource().getConnection();
                 var result = connection.createStatement().executeQuery(
                         "select count(*) from information_schema.tables where table_name in"
                                 + " ('cities', 'cinemas', 'halls', 'movies', 'shows')")) {
                result.next();

                assertThat(result.getInt(1)).isEqualTo(5);
            }
        }
    }
}
