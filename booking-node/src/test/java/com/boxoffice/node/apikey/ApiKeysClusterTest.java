package com.boxoffice.node.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.node.BookingNode;
import com.boxoffice.node.BookingNodeMain;
import com.boxoffice.node.NodeOptions;
import com.boxoffice.node.testing.TestNodes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * Two members sharing one PostgreSQL, as in production: keys, quotas and revocations hold for
 * the whole cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeysClusterTest {

    private static final String SEARCH = "/api/v1/search/movies?keyword=nothing";

    @TempDir
    static Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedPostgres postgres;
    private String jdbcUrl;
    private BookingNode first;
    private BookingNode second;

    @BeforeAll
    void startTwoMembersOnOneDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        String cluster = "keys-" + UUID.randomUUID();
        int firstPort = ThreadLocalRandom.current().nextInt(6000, 7400);
        int secondPort = firstPort + 100 + ThreadLocalRandom.current().nextInt(1400);
        List<String> members = List.of("127.0.0.1:" + firstPort, "127.0.0.1:" + secondPort);
        first = BookingNode.start(memberOptions(cluster, members, firstPort, "first"));
        second = BookingNode.start(memberOptions(cluster, members, secondPort, "second"));
        await().until(() -> first.hazelcast().getCluster().getMembers().size() == 2);
    }

    private NodeOptions memberOptions(String cluster, List<String> members, int port, String dir) {
        return TestNodes.options(dataDir.resolve(dir))
                .withDatabase(jdbcUrl, "postgres", null)
                .withCluster(cluster, members)
                .withHazelcastPort(port);
    }

    @AfterAll
    void stopEverything() throws IOException {
        second.close();
        first.close();
        postgres.close();
    }

    @Nested
    class Authentication {

        @Test
        void refusesACallWithoutKey() {
            HttpResponse<String> response = get(first, SEARCH, Map.of());

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("\"error\":\"UNAUTHORIZED\"");
        }

        @Test
        void refusesAnUnknownKey() {
            HttpResponse<String> response = get(first, SEARCH, key(KeySecrets.newKey()));

            assertThat(response.statusCode()).isEqualTo(401);
        }

        @Test
        void acceptsANewKeyInTheHeaderOrAsQueryParameter() {
            IssuedKey issued = create(null, null);

            HttpResponse<String> header = get(second, SEARCH, key(issued.key()));
            HttpResponse<String> query = get(first, SEARCH + "&api_dev_key=" + issued.key(),
                    Map.of());

            assertThat(header.statusCode()).isEqualTo(200);
            assertThat(query.statusCode()).isEqualTo(200);
        }

        @Test
        void forbidsAKeyOnTheManagersCalls() {
            HttpResponse<String> response = get(first, "/api/v1/admin/shows",
                    key(TestNodes.API_KEY));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("\"error\":\"FORBIDDEN\"");
        }

        @Test
        void storesOnlyTheHashOfAKey() throws SQLException {
            IssuedKey issued = create(null, null);

            String stored = storedRow(issued.summary().id());

            assertThat(stored).contains(KeySecrets.hash(issued.key()))
                    .doesNotContain(issued.key().substring(3));
        }
    }

    @Nested
    class Quota {

        @Test
        void refusesTheRequestPastTheQuotaWhicheverMembersServedTheOthers() {
            IssuedKey issued = create(6, null);
            awaitRoomInThisMinute();

            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> last = null;
            for (int i = 0; i < 7; i++) {
                last = get(i % 2 == 0 ? first : second, SEARCH, key(issued.key()));
                statuses.add(last.statusCode());
            }

            assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 200, 429);
            assertThat(last.body()).contains("\"error\":\"QUOTA_EXCEEDED\"");
            assertThat(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1, 60);
        }

        @Test
        void countsTheKeyWhateverForwardingHeadersClaim() {
            IssuedKey spoofer = create(3, null);
            IssuedKey bystander = create(3, null);
            awaitRoomInThisMinute();

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(get(first, SEARCH, Map.of("X-Api-Key", spoofer.key(),
                        "X-Forwarded-For", "203.0.113." + i, "X-Real-IP", "198.51.100." + i,
                        "Forwarded", "for=192.0.2." + i)).statusCode());
            }
            int bystanderStatus = get(second, SEARCH, key(bystander.key())).statusCode();

            assertThat(statuses).containsExactly(200, 200, 200, 429);
            assertThat(bystanderStatus).isEqualTo(200);
        }
    }

    @Nested
    class Revocation {

        @Test
        void stopsARevokedKeyOnEveryMemberWithinFiveSeconds() {
            IssuedKey issued = create(null, null);
            assertThat(get(first, SEARCH, key(issued.key())).statusCode()).isEqualTo(200);
            assertThat(get(second, SEARCH, key(issued.key())).statusCode()).isEqualTo(200);

            first.apiKeys().revoke(issued.summary().id());

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(get(first, SEARCH, key(issued.key())).statusCode()).isEqualTo(401);
                assertThat(get(second, SEARCH, key(issued.key())).statusCode()).isEqualTo(401);
            });
        }
    }

    @Nested
    class CommandLine {

        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();

        @Test
        void createsAKeyThatWorksListsItAndRevokesIt() {
            int created = run("api-key", "create", "--name", "Foyer kiosk 3", "--owner",
                    "Cinema Lumière", "--quota", "120", "--seat-cap", "8", "--jdbc-url", jdbcUrl,
                    "--db-user", "postgres");
            List<String> lines = out.toString().lines().toList();
            String id = lines.getFirst().split(" ")[3];
            String secret = lines.getLast();
            int statusWithNewKey = get(first, SEARCH, key(secret)).statusCode();
            out.getBuffer().setLength(0);

            int listed = run("api-key", "list", "--jdbc-url", jdbcUrl, "--db-user", "postgres");
            String listing = out.toString();
            int revoked = run("api-key", "revoke", id, "--jdbc-url", jdbcUrl, "--db-user",
                    "postgres");

            assertThat(List.of(created, listed, revoked)).containsOnly(0);
            assertThat(secret).startsWith("bo_").hasSize(46);
            assertThat(statusWithNewKey).isEqualTo(200);
            assertThat(listing).containsPattern(
                    id + " +Foyer kiosk 3 +Cinema Lumière +120 +8 .*active");
            assertThat(listing).doesNotContain(secret);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(get(second, SEARCH, key(secret)).statusCode()).isEqualTo(401));
        }

        @Test
        void saysSoWhenTheKeyToRevokeDoesNotExist() {
            int exitCode = run("api-key", "revoke", "key-000000000000", "--jdbc-url", jdbcUrl,
                    "--db-user", "postgres");

            assertThat(exitCode).isEqualTo(ApiKeyCommand.NO_SUCH_KEY);
            assertThat(err.toString()).contains("no API key key-000000000000");
        }

        @Test
        void refusesAQuotaThatIsNotPositive() {
            int exitCode = run("api-key", "create", "--name", "x", "--owner", "y", "--quota", "0",
                    "--jdbc-url", jdbcUrl, "--db-user", "postgres");

            assertThat(exitCode).isEqualTo(BookingNodeMain.BAD_OPTIONS);
            assertThat(err.toString()).contains("quota must be positive");
        }

        private int run(String... args) {
            return BookingNodeMain.execute(args, new PrintWriter(out), new PrintWriter(err),
                    options -> {
                        throw new AssertionError("a key command must not start a node");
                    });
        }
    }

    private IssuedKey create(Integer quota, Integer seatCap) {
        return first.apiKeys().create(new KeyTerms("test " + UUID.randomUUID(), "tests", quota,
                seatCap));
    }

    /** A quota counts per minute: start a burst where the minute cannot turn during it. */
    private static void awaitRoomInThisMinute() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> LocalTime.now(ZoneOffset.UTC).getSecond() < 50);
    }

    private static Map<String, String> key(String secret) {
        return Map.of("X-Api-Key", secret);
    }

    private HttpResponse<String> get(BookingNode node, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String storedRow(String id) throws SQLException {
        try (Connection connection = first.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select api_keys::text from api_keys where id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
