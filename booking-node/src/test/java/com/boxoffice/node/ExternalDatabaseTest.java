package com.boxoffice.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.TestNodes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs nodes against the PostgreSQL server at 127.0.0.1:5432, in a database of their own that
 * is dropped afterwards. Skipped when no server answers there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalDatabaseTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @TempDir
    static Path dataDir;

    private String user;
    private String database;
    private BookingNode first;
    private BookingNode second;

    @BeforeAll
    void createDatabase() throws SQLException {
        user = firstUserThatConnects();
        assumeTrue(user != null, "No PostgreSQL answers at 127.0.0.1:5432 (database 'test',"
                + " user postgres or root, trust auth); start it to run this test");
        database = "boxoffice_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("create database " + database);
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (database != null) {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void twoMembersShareOneExternalDatabase() {
        NodeOptions options = TestNodes.demoOptions(dataDir)
                .withDatabase(SERVER + database, user, null);
        first = BookingNode.start(options);
        int firstPort = first.hazelcast().getCluster().getLocalMember().getAddress().getPort();

        second = BookingNode.start(TestNodes.options(dataDir)
                .withDatabase(SERVER + database, user, null)
                .withCluster(options.clusterName(), List.of("127.0.0.1:" + firstPort)));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> first.hazelcast().getCluster().getMembers().size() == 2);
        ApiClient viaFirst = new ApiClient(first.baseUrl(), TestNodes.API_KEY);
        ApiClient viaSecond = new ApiClient(second.baseUrl(), TestNodes.API_KEY);
        assertThat(viaSecond.get("/api/v1/cities").body())
                .isEqualTo(viaFirst.get("/api/v1/cities").body())
                .contains("Berlin");
        assertThat(viaSecond.withKey(null).get("/health").status()).isEqualTo(200);
        assertThat(first.options().externalDatabase()).isTrue();
    }

    private static String firstUserThatConnects() {
        for (String candidate : List.of("postgres", "root")) {
            try (Connection ignored = DriverManager.getConnection(SERVER + "test", candidate, "")) {
                return candidate;
            } catch (SQLException e) {
                // try the next user; none answering means no server to test against
            }
        }
        return null;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "test", user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
