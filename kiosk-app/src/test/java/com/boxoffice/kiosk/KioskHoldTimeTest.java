package com.boxoffice.kiosk;

import com.boxoffice.kiosk.api.BookingApi;
import com.boxoffice.kiosk.config.KioskConfig;
import com.boxoffice.kiosk.flow.PlainWords;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.api.ReservationView;
import com.boxoffice.node.BookingNode;
import com.boxoffice.node.NodeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens to a hold when time passes on the kiosk: the hold runs out, or the customer
 * walks away. The node holds seats for a few seconds only.
 */
class KioskHoldTimeTest {

    private static final String KEY = "kiosk-test-" + UUID.randomUUID();
    private static final Duration HOLD_TTL = Duration.ofSeconds(20);

    @TempDir
    static Path dataDir;

    private static BookingNode node;
    private static BookingApi api;
    private static DemoShow demo;

    private KioskOnStage kiosk;

    @BeforeAll
    static void startNode() {
        NodeOptions defaults = NodeOptions.defaults();
        node = BookingNode.start(defaults
                .withDemo(true)
                .withHttpPort(0)
                .withDataDir(dataDir)
                .withCluster("kiosk-test-" + UUID.randomUUID(), List.of())
                .withHazelcastPort(ThreadLocalRandom.current().nextInt(6000, 9000))
                .withTimes(HOLD_TTL, defaults.offerWindow(), defaults.maxWait())
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

    @AfterEach
    void closeKiosk() throws Exception {
        kiosk.close();
    }

    private KioskDriver open(Duration idle) throws Exception {
        kiosk = KioskOnStage.open(new KioskConfig(List.of(URI.create(node.baseUrl())), KEY,
                demo.city().name(), idle, 10, false));
        return kiosk.driver();
    }

    /** Walks to the seat map of the demo show (the kiosk preselects its city) and holds. */
    private List<String> holdTwoSeats(KioskDriver customer) {
        customer.touch("start");
        customer.touch("movie-" + demo.movie().id());
        customer.touch("day-" + demo.dayIndex());
        customer.touch("show-" + demo.show().id());
        customer.touch("count-2");
        customer.touch("next");
        customer.waitFor("seat-" + demo.twoFreeSeats(api).getFirst());
        List<String> seats = demo.twoFreeSeats(api);
        seats.forEach(seat -> customer.touch("seat-" + seat));
        customer.touch("hold");
        customer.waitFor("countdown");
        return seats;
    }

    private String heldReservation() {
        return kiosk.kiosk().flow().session().reservation()
                .map(ReservationView::reservationId).orElseThrow();
    }

    @Test
    void tellsTheCustomerPlainlyWhenTheTimeRunsOut() throws Exception {
        KioskDriver customer = open(Duration.ofMinutes(10));
        List<String> seats = holdTwoSeats(customer);

        String message = await().atMost(HOLD_TTL.multipliedBy(3)).until(
                () -> customer.text("status-message"), text -> !text.isEmpty());

        assertThat(message).isEqualTo(PlainWords.TIME_RAN_OUT);
        customer.waitFor("seat-" + seats.getFirst());
        customer.screenshot("15-time-ran-out");
        await().untilAsserted(() ->
                assertThat(demo.status(api, seats.getFirst())).isEqualTo(SeatStatus.AVAILABLE));
    }

    @Test
    void givesTheHoldBackAndStartsOverWhenNobodyTouchesIt() throws Exception {
        KioskDriver customer = open(Duration.ofSeconds(8));
        holdTwoSeats(customer);
        String reservation = heldReservation();

        customer.waitFor("start");

        await().untilAsserted(() -> assertThat(api.reservation(reservation).status())
                .isEqualTo(ReservationStatus.RELEASED));
    }
}
