package com.boxoffice.node.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.node.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two booking nodes in JVMs of their own, sharing one PostgreSQL, as operators run them.
 * The test watches the cluster as a lite member, which holds no data.
 */
class ReservationProcessTest {

    private static final String API_KEY = "process-test-" + UUID.randomUUID();

    private final List<AutoCloseable> started = new ArrayList<>();

    @BeforeAll
    static void allowForASlowMachine() {
        Awaitility.setDefaultTimeout(Duration.ofMinutes(2));
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable part : started.reversed()) {
            part.close();
        }
    }

    @Test
    void keepsAHoldWhenTheProcessOwningItsShowIsKilled() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        started.add(postgres);
        String cluster = "process-" + UUID.randomUUID();
        int basePort = ThreadLocalRandom.current().nextInt(30_000, 40_000);
        List<String> common = List.of("--demo", "--cluster-name", cluster,
                "--jdbc-url", postgres.getJdbcUrl("postgres", "postgres"), "--db-user", "postgres",
                "--member", "127.0.0.1:" + basePort, "--member", "127.0.0.1:" + (basePort + 1),
                // Long enough to outlast detecting the killed process and promoting its
                // backups on a busy machine: the hold must still be there when asked.
                "--hold-ttl", "20s");
        NodeProcess first = node("a", basePort, common);
        NodeProcess second = node("b", basePort + 1, common);
        HazelcastInstance watcher = liteMember(cluster, basePort);
        await().until(watcher.getPartitionService()::isClusterSafe);
        long showId = upcomingShow(postgres);
        NodeProcess owner = ownerOf(watcher, showId, basePort) == 0 ? first : second;
        NodeProcess survivor = owner == first ? second : first;
        ApiClient atOwner = new ApiClient(owner.baseUrl(), API_KEY);
        ApiClient atSurvivor = new ApiClient(survivor.baseUrl(), API_KEY);
        String seat = firstAvailableSeat(atSurvivor, showId);

        ApiClient.Response hold = reserve(atOwner, showId, seat);
        owner.kill();

        assertThat(hold.status()).isEqualTo(201);
        String id = hold.json().get("reservationId").asText();
        Instant expiresAt = OffsetDateTime.parse(hold.json().get("expiresAt").asText()).toInstant();
        assertThat(reserve(atSurvivor, showId, seat).status()).isEqualTo(409);
        assertThat(atSurvivor.get("/api/v1/reservations/" + id).json().get("status").asText())
                .isEqualTo("RESERVED");
        await().until(() -> Instant.now().isAfter(expiresAt));
        assertThat(atSurvivor.get("/api/v1/reservations/" + id).json().get("status").asText())
                .isEqualTo("LAPSED");
        assertThat(reserve(atSurvivor, showId, seat).status()).isEqualTo(201);
        assertThat(survivor.stop()).as("exit code after SIGTERM, see %s", survivor.log())
                .isIn(0, 143);
    }

    private NodeProcess node(String name, int hazelcastPort, List<String> common) {
        List<String> options = new ArrayList<>(common);
        options.addAll(List.of("--hazelcast-port", String.valueOf(hazelcastPort)));
        NodeProcess node = NodeProcess.start(name, API_KEY, options);
        started.add(node);
        return node;
    }

    private HazelcastInstance liteMember(String cluster, int basePort) {
        Config config = new Config().setLiteMember(true).setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.getNetworkConfig().setPort(basePort + 10).setPortAutoIncrement(true);
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(
                List.of("127.0.0.1:" + basePort, "127.0.0.1:" + (basePort + 1)));
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        started.add(() -> member.getLifecycleService().terminate());
        return member;
    }

    /** 0 when the node on the base port owns the show's partition, 1 for the other. */
    private static int ownerOf(HazelcastInstance watcher, long showId, int basePort) {
        Member owner = watcher.getPartitionService().getPartition(showId).getOwner();
        return owner.getAddress().getPort() == basePort ? 0 : 1;
    }

    private static long upcomingShow(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement query = connection.createStatement();
             ResultSet show = query.executeQuery("""
                     select id from shows
                     where starts_at > now() + interval '2 hours'
                     order by starts_at
                     limit 1
                     """)) {
            assertThat(show.next()).as("the demo catalog has an upcoming show").isTrue();
            return show.getLong(1);
        }
    }

    private static String firstAvailableSeat(ApiClient client, long showId) {
        JsonNode seats = client.get("/api/v1/shows/" + showId + "/seats").json().get("seats");
        return StreamSupport.stream(seats.spliterator(), false)
                .filter(s -> s.get("status").asText().equals("AVAILABLE"))
                .map(s -> s.get("id").asText())
                .findFirst().orElseThrow();
    }

    private static ApiClient.Response reserve(ApiClient client, long showId, String seat) {
        return client.postJson("/api/v1/shows/" + showId + "/reservations",
                new ReserveSeatsRequest("session-" + UUID.randomUUID(), List.of(seat), null));
    }
}
