package com.boxoffice.node.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.node.BookingNode;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.TestNodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole node stopped the way SIGTERM stops it, then started again on the same database:
 * its live holds come back with their expiry, through the node's own shutdown order.
 */
class ReservationNodeRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void comesBackWithItsLiveHoldAfterAGracefulStop() throws SQLException {
        String reservationId;
        String expiresAt;
        long showId;
        try (BookingNode first = BookingNode.start(TestNodes.demoOptions(dataDir))) {
            ApiClient api = new ApiClient(first.baseUrl(), TestNodes.API_KEY);
            showId = upcomingShow(first.dataSource());
            JsonNode hold = api.postJson("/api/v1/shows/" + showId + "/reservations",
                    new ReserveSeatsRequest("kiosk-restart", List.of("A1", "A2"), null)).json();
            reservationId = hold.get("reservationId").asText();
            expiresAt = hold.get("expiresAt").asText();
        }

        try (BookingNode second = BookingNode.start(TestNodes.options(dataDir))) {
            ApiClient api = new ApiClient(second.baseUrl(), TestNodes.API_KEY);
            JsonNode reservation = api.get("/api/v1/reservations/" + reservationId).json();
            ApiClient.Response again = api.postJson("/api/v1/shows/" + showId + "/reservations",
                    new ReserveSeatsRequest("kiosk-other", List.of("A2"), null));

            assertThat(reservation.get("status").asText()).isEqualTo("RESERVED");
            assertThat(reservation.get("expiresAt").asText()).isEqualTo(expiresAt);
            assertThat(again.status()).isEqualTo(409);
        }
    }

    private static long upcomingShow(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
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
}
