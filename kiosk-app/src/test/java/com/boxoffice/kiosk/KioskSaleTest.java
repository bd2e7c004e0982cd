package com.boxoffice.kiosk;

import com.boxoffice.kiosk.api.BookingApi;
import com.boxoffice.kiosk.api.HoldResult;
import com.boxoffice.kiosk.config.KioskConfig;
import com.boxoffice.kiosk.flow.PlainWords;
import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.api.ReservationView;
import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.node.BookingNode;
import com.boxoffice.node.NodeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer buys seats on the kiosk from a real booking node started in this JVM with the
 * demo catalog; what the kiosk shows is checked on screen, what was sold through the API.
 */
class KioskSaleTest {

    private static final String KEY = "kiosk-test-" + UUID.randomUUID();
    private static final String APPROVED = "4242424242424242";
    private static final String DECLINED = "4000000000000002";

    @TempDir
    static Path dataDir;

    private static BookingNode node;
    private static BookingApi api;
    private static DemoShow demo;

    private KioskOnStage kiosk;
    private KioskDriver customer;

    @BeforeAll
    static void startNode() {
        node = BookingNode.start(NodeOptions.defaults()
                .withDemo(true)
                .withHttpPort(0)
                .withDataDir(dataDir)
                .withCluster("kiosk-test-" + UUID.randomUUID(), List.of())
                .withHazelcastPort(ThreadLocalRandom.current().nextInt(6000, 9000))
                .withDemoKey(KEY, 0));
        api = new BookingApi(List.of(URI.create(node.baseUrl())), KEY);
        demo = DemoShow.find(api);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @BeforeEach
    void openKiosk() throws Exception {
        // The first address answers nothing: every call fails over to the node behind it.
        List<URI> nodes = List.of(URI.create("http://127.0.0.1:" + closedPort()),
                URI.create(node.baseUrl()));
        kiosk = KioskOnStage.open(new KioskConfig(nodes, KEY, null, Duration.ofMinutes(10), 10,
                false));
        customer = kiosk.driver();
    }

    @AfterEach
    void closeKiosk() throws Exception {
        kiosk.close();
    }

    /** From the attract screen to the seat map of the demo show, with two seats asked for. */
    private void walkToSeatMap(boolean screenshots) {
        customer.waitFor("start");
        shoot(screenshots, "01-attract");
        customer.touch("start");
        customer.waitFor("city-" + demo.city().id());
        shoot(screenshots, "02-city");
        customer.touch("city-" + demo.city().id());
        customer.waitFor("movie-" + demo.movie().id());
        shoot(screenshots, "03-movie");
        customer.touch("movie-" + demo.movie().id());
        customer.touch("day-" + demo.dayIndex());
        customer.waitFor("show-" + demo.show().id());
        shoot(screenshots, "04-show");
        customer.touch("show-" + demo.show().id());
        customer.touch("count-2");
        customer.touch("child-more");
        shoot(screenshots, "05-tickets");
        customer.touch("next");
    }

    private void chooseAndHold(List<String> seats) {
        seats.forEach(seat -> customer.touch("seat-" + seat));
        customer.touch("hold");
        customer.waitFor("countdown");
    }

    private void typeCard(String number) {
        for (char digit : number.toCharArray()) {
            customer.touch("key-" + digit);
        }
    }

    private void shoot(boolean wanted, String name) {
        if (wanted) {
            customer.screenshot(name);
        }
    }

    private String heldReservation() {
        return kiosk.kiosk().flow().session().reservation()
                .map(ReservationView::reservationId).orElseThrow();
    }

    @Nested
    class Sale {

        @Test
        void sellsTwoSeatsFromCityToTicket() {
            walkToSeatMap(true);
            List<String> seats = demo.twoFreeSeats(api);
            seats.forEach(seat -> customer.touch("seat-" + seat));
            customer.screenshot("06-seat-map");

            customer.touch("hold");
            customer.waitForText("countdown", ":");
            assertThat(customer.text("summary-seats"))
                    .isEqualTo(seats.get(0) + " Adult, " + seats.get(1) + " Child");
            customer.screenshot("07-hold");
            customer.touch("to-payment");
            typeCard(APPROVED);
            customer.screenshot("08-payment");
            customer.touch("pay");

            customer.waitFor("ticket-movie");
            assertThat(customer.text("ticket-seats")).contains(seats.get(0), seats.get(1));
            seats.forEach(seat -> customer.waitFor("ticket-" + seat));
            customer.screenshot("09-ticket");
            assertThat(seats).allSatisfy(seat ->
                    assertThat(demo.status(api, seat)).isEqualTo(SeatStatus.BOOKED));
        }

        @Test
        void showsTheTimeTheHoldHasLeft() {
            walkToSeatMap(false);

            chooseAndHold(demo.twoFreeSeats(api));

            assertThat(customer.waitForText("countdown", ":")).matches("[45]:\\d\\d");
        }
    }

    @Nested
    class DeclinedCard {

        @Test
        void saysSoPlainlyAndKeepsTheHold() {
            walkToSeatMap(false);
            chooseAndHold(demo.twoFreeSeats(api));
            customer.touch("to-payment");
            typeCard(DECLINED);

            customer.touch("pay");

            assertThat(customer.waitForText("status-message", "declined"))
                    .isEqualTo(PlainWords.DECLINED);
            customer.screenshot("10-card-declined");
            assertThat(api.reservation(heldReservation()).status())
                    .isEqualTo(ReservationStatus.RESERVED);
        }

        @Test
        void givesTheHoldBackWhenTheCustomerChoosesOtherSeats() {
            walkToSeatMap(false);
            List<String> seats = demo.twoFreeSeats(api);
            chooseAndHold(seats);
            String reservation = heldReservation();

            customer.touch("change-seats");

            customer.waitFor("seat-" + seats.getFirst());
            await().untilAsserted(() -> assertThat(api.reservation(reservation).status())
                    .isEqualTo(ReservationStatus.RELEASED));
            assertThat(demo.status(api, seats.getFirst())).isEqualTo(SeatStatus.AVAILABLE);
        }
    }

    @Nested
    class SeatsTakenMeanwhile {

        @Test
        void offersOtherSeatsTogether() {
            walkToSeatMap(false);
            List<String> seats = demo.twoFreeSeats(api);
            seats.forEach(seat -> customer.touch("seat-" + seat));
            holdElsewhere(seats);
            await().until(() -> customer.find("seat-" + seats.getFirst())
                    .map(seat -> seat.getStyleClass().contains("seat-held")).orElse(false));

            customer.touch("hold");

            assertThat(customer.waitForText("status-message", "someone else"))
                    .isEqualTo(PlainWords.forRefusal(RefusalReason.SEATS_TAKEN));
            customer.waitFor("alternative-0");
            customer.screenshot("11-seats-taken");
            customer.touch("alternative-0");
            customer.touch("hold");
            customer.waitFor("countdown");
        }

        private void holdElsewhere(List<String> seats) {
            HoldResult result = api.reserve(demo.show().id(), new ReserveSeatsRequest(
                    "someone-else-" + UUID.randomUUID(), seats, Map.of()));
            assertThat(result).isInstanceOf(HoldResult.Held.class);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
