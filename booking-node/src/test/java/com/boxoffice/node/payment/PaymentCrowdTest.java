package com.boxoffice.node.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.model.SeatLayout;
import com.boxoffice.node.reservation.ReservationSettings;
import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Three hundred customers race for the hundred seats of one show through the HTTP API of a
 * two-member cluster, holding 1-4 seats each and paying; some try a declined card first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentCrowdTest {

    private static final String GOOD_CARD = DemoPaymentTerminal.APPROVED_CARD;
    private static final String BAD_CARD = DemoPaymentTerminal.DECLINED_CARD;
    private static final long SHOW_ID = 9001;
    private static final int CUSTOMERS = 300;

    private final TestShows shows = new TestShows();
    private PaymentDatabase database;
    private PaymentCluster cluster;
    private ApiClient holding;
    private ApiClient paying;

    @BeforeAll
    void startCluster() {
        database = PaymentDatabase.start();
        cluster = new PaymentCluster(database, shows, ReservationSettings.defaults(),
                PaymentSettings.defaults()).start(2);
        holding = cluster.member(0).client();
        paying = cluster.member(1).client();
    }

    @AfterAll
    void stopCluster() throws Exception {
        cluster.close();
        database.close();
    }

    @Test
    void sellsEverySeatOfAHundredSeatShowExactlyOnceToThreeHundredCustomers()
            throws Exception {
        long show = SHOW_ID;
        shows.add(show, SeatLayout.rectangle(10, 10), Instant.now().plus(Duration.ofDays(1)));
        List<Future<Integer>> customers = new ArrayList<>();

        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CUSTOMERS; i++) {
                ApiClient client = i % 2 == 0 ? holding : paying;
                boolean triesABadCardFirst = i % 5 == 0;
                customers.add(pool.submit(() -> buySeats(client, show, triesABadCardFirst)));
            }
        }
        int seatsBought = 0;
        for (Future<Integer> customer : customers) {
            seatsBought += customer.get();
        }

        Map<String, String> seatMap = seatStatuses(holding, show);
        assertThat(seatMap).hasSize(100);
        assertThat(seatMap.values()).containsOnly("BOOKED");
        assertThat(seatsBought).isEqualTo(100);
        assertThat(database.count("booked_seats where show_id = " + show)).isEqualTo(100);
        assertThat(database.count("""
                (select distinct t.seat_label from tickets t
                 join bookings b on b.id = t.booking_id
                 where b.show_id = %d and b.status = 'CONFIRMED') seats""".formatted(show)))
                .isEqualTo(100);
        assertThat(database.count("""
                terminal_operations a
                where a.operation = 'AUTHORIZE'
                  and not exists (select 1 from terminal_operations c
                                  where c.authorization_id = a.authorization_id
                                    and c.operation in ('CAPTURE', 'VOID'))""")).isZero();
    }

    /**
     * A customer asks for 1-4 seats, takes the alternatives offered when some are taken,
     * waits while others are paying for the last ones, asks for fewer when too few are
     * left, and pays for the first hold it gets. Returns how many seats it bought.
     */
    private int buySeats(ApiClient client, long show, boolean triesABadCardFirst) {
        String session = UUID.randomUUID().toString();
        int count = ThreadLocalRandom.current().nextInt(1, 5);
        List<String> seats = randomSeats(show, count);
        while (true) {
            Response held = client.postJson("/api/v1/shows/" + show + "/reservations",
                    Map.of("sessionId", session, "seats", seats));
            if (held.status() == 201) {
                String reservation = held.json().path("reservationId").asText();
                if (pay(client, reservation, triesABadCardFirst)) {
                    return count;
                }
                seats = randomSeats(show, count);
                continue;
            }
            assertThat(held.status()).as(held.body()).isEqualTo(409);
            switch (held.json().path("error").asText()) {
                case "SEATS_TAKEN" -> seats = alternativeOrRandom(held.json(), show, count);
                case "HELD_BY_OTHERS" -> {
                    // Others are paying for the last seats: ask again in a moment.
                    LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                    seats = randomSeats(show, count);
                }
                default -> {
                    if (count == 1) {
                        return 0;
                    }
                    count--;
                    seats = randomSeats(show, count);
                }
            }
        }
    }

    private List<String> alternativeOrRandom(JsonNode refusal, long show, int count) {
        JsonNode alternatives = refusal.path("alternatives");
        if (alternatives.isEmpty()) {
            return randomSeats(show, count);
        }
        List<String> seats = new ArrayList<>();
        alternatives.get(0).path("seats").forEach(seat -> seats.add(seat.asText()));
        return seats;
    }

    private List<String> randomSeats(long show, int count) {
        List<String> all = new ArrayList<>(shows.show(show).orElseThrow().layout().seats()
                .stream().map(seat -> seat.label()).toList());
        Collections.shuffle(all);
        return List.copyOf(all.subList(0, count));
    }

    /** Pays, with a declined card first for some; false when the hold lapsed meanwhile. */
    private boolean pay(ApiClient client, String reservation, boolean triesABadCardFirst) {
        if (triesABadCardFirst) {
            Response declined = client.postJson(paymentPath(reservation),
                    paymentBody(BAD_CARD));
            assertThat(declined.status()).as(declined.body()).isIn(402, 410);
        }
        Response paid = client.postJson(paymentPath(reservation), paymentBody(GOOD_CARD));
        assertThat(paid.status()).as(paid.body()).isIn(200, 410);
        return paid.status() == 200;
    }

    private Map<String, Object> paymentBody(String card) {
        return Map.of("idempotencyKey", "pay-" + UUID.randomUUID(),
                "method", Map.of("type", "CARD", "cardNumber", card));
    }

    private static String paymentPath(String reservation) {
        return "/api/v1/reservations/" + reservation + "/payment";
    }

    private static Map<String, String> seatStatuses(ApiClient client, long show) {
        Map<String, String> statuses = new HashMap<>();
        client.get("/api/v1/shows/" + show + "/seats").json().path("seats")
                .forEach(seat -> statuses.put(seat.path("id").asText(),
                        seat.path("status").asText()));
        return statuses;
    }
}
