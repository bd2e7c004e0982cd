package com.boxoffice.node.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.node.BookingNode;
import com.boxoffice.node.payment.DemoPaymentTerminal.TerminalOperation;
import com.boxoffice.node.payment.HaltingTerminal.HaltPoint;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.ApiClient.Response;
import com.boxoffice.node.testing.TestNodes;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payments on whole booking nodes: a node stopped in the middle of payments settles them when
 * it starts again (the customer either has a ticket and was charged, or was not charged), and
 * two clusters wrongly sharing one database still sell a seat once.
 */
class PaymentNodeTest {

    private static final String GOOD_CARD = DemoPaymentTerminal.APPROVED_CARD;

    @TempDir
    Path dataDir;

    private final AtomicReference<HaltingTerminal> terminal = new AtomicReference<>();
    private final List<AutoCloseable> started = new ArrayList<>();
    private BookingNode node;

    @AfterEach
    void stopNodes() throws Exception {
        if (node != null) {
            node.close();
        }
        for (AutoCloseable part : started.reversed()) {
            part.close();
        }
    }

    @Test
    void settlesPaymentsCutOffByAStopWhenTheNodeStartsAgain() throws Exception {
        node = start();
        ApiClient customer = new ApiClient(node.baseUrl(), TestNodes.API_KEY);
        long show = upcomingShow(node);
        List<String> seats = availableSeats(customer, show);
        String cutBeforeCapture = hold(customer, show, seats.get(0));
        String cutAfterAuthorizing = hold(customer, show, seats.get(1));
        terminal.get().haltAt(HaltPoint.BEFORE_CAPTURE);
        Response first = pay(customer, cutBeforeCapture, "key-capture");
        terminal.get().haltAt(HaltPoint.AFTER_AUTHORIZE);
        Response second = pay(customer, cutAfterAuthorizing, "key-void");
        node.close();

        node = start();
        ApiClient again = new ApiClient(node.baseUrl(), TestNodes.API_KEY);

        assertThat(first.status()).isEqualTo(500);
        assertThat(second.status()).isEqualTo(500);
        await().untilAsserted(() -> assertThat(pay(again, cutBeforeCapture, "key-capture")
                .status()).isEqualTo(200));
        await().untilAsserted(() -> assertThat(pay(again, cutAfterAuthorizing, "key-void")
                .json().path("error").asText()).isEqualTo("PAYMENT_INTERRUPTED"));
        assertThat(operationsOf("key-capture")).containsExactly("AUTHORIZE", "CAPTURE");
        assertThat(operationsOf("key-void")).containsExactly("AUTHORIZE", "VOID");
        await().untilAsserted(() -> assertThat(seatStatus(again, show, seats.get(0)))
                .isEqualTo("BOOKED"));
        assertThat(pay(again, cutAfterAuthorizing, "key-" + UUID.randomUUID()).status())
                .isIn(200, 410);
    }

    @Test
    void sellsASeatOnceWhenTwoClustersShareOneDatabase() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        started.add(postgres);
        BookingNode left = startOn(postgres, "left");
        BookingNode right = startOn(postgres, "right");
        ApiClient atLeft = new ApiClient(left.baseUrl(), TestNodes.API_KEY);
        ApiClient atRight = new ApiClient(right.baseUrl(), TestNodes.API_KEY);
        long show = upcomingShow(left);
        List<String> seats = availableSeats(atLeft, show);
        Response earlier = pay(atLeft, hold(atLeft, show, seats.get(0)), "key-earlier");
        String leftHold = hold(atLeft, show, seats.get(1));
        String rightHold = hold(atRight, show, seats.get(1));

        Response leftPaid = pay(atLeft, leftHold, "key-left");
        Response rightPaid = pay(atRight, rightHold, "key-right");

        assertThat(earlier.status()).isEqualTo(200);
        assertThat(leftPaid.status()).isEqualTo(200);
        assertThat(rightPaid.status()).isEqualTo(409);
        assertThat(rightPaid.json().path("error").asText()).isEqualTo("SEATS_SOLD");
        assertThat(atRight.get("/api/v1/bookings/" + earlier.json().path("bookingId").asText())
                .json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(operationsOf(left, "key-right")).containsExactly("AUTHORIZE", "VOID");
        assertThat(count(left, "booked_seats where show_id = " + show)).isEqualTo(2);
    }

    private BookingNode startOn(EmbeddedPostgres postgres, String name) {
        BookingNode started = BookingNode.start(TestNodes.demoOptions(dataDir.resolve(name))
                .withDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null));
        this.started.add(started);
        return started;
    }

    private static long count(BookingNode on, String table) throws SQLException {
        try (Connection connection = on.dataSource().getConnection();
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private BookingNode start() {
        PaymentWiring wiring = new PaymentWiring(
                new PaymentSettings(Duration.ofSeconds(1), Duration.ofMillis(500)),
                demo -> {
                    terminal.set(new HaltingTerminal(demo));
                    return terminal.get();
                });
        return BookingNode.start(TestNodes.demoOptions(dataDir), wiring);
    }

    private static long upcomingShow(BookingNode on) throws SQLException {
        try (Connection connection = on.dataSource().getConnection();
             Statement query = connection.createStatement();
             ResultSet show = query.executeQuery("""
                     select id from shows
                     where starts_at > now() + interval '2 hours'
                     order by starts_at
                     limit 1
                     """)) {
            show.next();
            return show.getLong(1);
        }
    }

    private static List<String> availableSeats(ApiClient customer, long show) {
        List<String> seats = new ArrayList<>();
        for (JsonNode seat : customer.get("/api/v1/shows/" + show + "/seats").json()
                .path("seats")) {
            if (seat.path("status").asText().equals("AVAILABLE")) {
                seats.add(seat.path("id").asText());
            }
        }
        return seats;
    }

    private static String seatStatus(ApiClient customer, long show, String seat) {
        for (JsonNode each : customer.get("/api/v1/shows/" + show + "/seats").json()
                .path("seats")) {
            if (each.path("id").asText().equals(seat)) {
                return each.path("status").asText();
            }
        }
        return "UNKNOWN";
    }

    private static String hold(ApiClient customer, long show, String seat) {
        Response response = customer.postJson("/api/v1/shows/" + show + "/reservations",
                Map.of("sessionId", UUID.randomUUID().toString(), "seats", List.of(seat)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("reservationId").asText();
    }

    private static Response pay(ApiClient customer, String reservation, String key) {
        return customer.postJson("/api/v1/reservations/" + reservation + "/payment",
                Map.of("idempotencyKey", key,
                        "method", Map.of("type", "CARD", "cardNumber", GOOD_CARD)));
    }

    private List<String> operationsOf(String key) {
        return operationsOf(node, key);
    }

    private static List<String> operationsOf(BookingNode on, String key) {
        return new DemoPaymentTerminal(on.sessionFactory(), Clock.systemUTC()).operations()
                .stream()
                .filter(op -> op.reference().equals(key))
                .map(TerminalOperation::operation)
                .toList();
    }
}
