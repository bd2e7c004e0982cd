package com.boxoffice.kiosk;

import com.boxoffice.kiosk.api.BookingApi;
import com.boxoffice.kiosk.api.HoldResult;
import com.boxoffice.kiosk.api.PaymentResult;
import com.boxoffice.kiosk.config.KioskConfig;
import com.boxoffice.kiosk.flow.Screen;
import com.boxoffice.kiosk.manager.SalesRow;
import com.boxoffice.model.api.PaymentMethod;
import com.boxoffice.model.api.PaymentRequest;
import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.node.BookingNode;
import com.boxoffice.node.NodeOptions;
import com.boxoffice.node.admin.ManagerStore;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A cinema manager signs in on the kiosk with the demo manager's account and reads the sales of
 * the day of a show sold through the API beforehand, then gives the kiosk back to customers.
 */
class KioskManagerTest {

    private static final String KEY = "kiosk-manager-test-" + UUID.randomUUID();

    @TempDir
    static Path dataDir;

    private static BookingNode node;
    private static DemoShow demo;
    private static List<String> sold;

    private KioskOnStage kiosk;
    private KioskDriver manager;

    @BeforeAll
    static void startNodeAndSellTwoSeats() {
        node = BookingNode.start(NodeOptions.defaults()
                .withDemo(true)
                .withHttpPort(0)
                .withDataDir(dataDir)
                .withCluster("kiosk-manager-test-" + UUID.randomUUID(), List.of())
                .withHazelcastPort(ThreadLocalRandom.current().nextInt(6000, 9000))
                .withDemoKey(KEY, 0));
        BookingApi api = new BookingApi(List.of(URI.create(node.baseUrl())), KEY);
        demo = DemoShow.find(api);
        sold = demo.twoFreeSeats(api);

        HoldResult held = api.reserve(demo.show().id(), new ReserveSeatsRequest(
                "session-" + UUID.randomUUID(), sold, Map.of()));
        String reservation = ((HoldResult.Held) held).reservation().reservationId();
        PaymentResult paid = api.pay(reservation, new PaymentRequest(UUID.randomUUID().toString(),
                new PaymentMethod("CARD", "4242424242424242")));
        assertThat(paid).isInstanceOf(PaymentResult.Paid.class);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @BeforeEach
    void openKiosk() throws Exception {
        kiosk = KioskOnStage.open(new KioskConfig(List.of(URI.create(node.baseUrl())), KEY, null,
                Duration.ofMinutes(10), 10, false));
        manager = kiosk.driver();
    }

    @AfterEach
    void closeKiosk() throws Exception {
        kiosk.close();
    }

    @Test
    void refusesAWrongPasswordThenShowsTheDaysSalesAndSignsOut() {
        manager.waitFor("manager");
        manager.screenshot("16-manager-entry");
        manager.touch("manager");
        manager.type("manager-name", ManagerStore.DEMO_NAME);
        manager.type("manager-password", "not-the-password");
        manager.touch("sign-in");

        assertThat(manager.waitForText("sign-in-error", "do not match")).isNotBlank();
        manager.screenshot("17-manager-sign-in-refused");

        manager.type("manager-password", ManagerStore.DEMO_PASSWORD);
        manager.touch("sign-in");
        manager.waitFor("sales-table");
        LocalDate day = demo.show().startsAt().toLocalDate();
        manager.pickDate("sales-date", day);

        SalesRow row = await().atMost(Duration.ofSeconds(20)).until(() -> salesRow(
                demo.show().id()), found -> found != null);
        assertThat(row.movie()).isEqualTo(demo.movie().title());
        assertThat(row.sold()).startsWith("2 / ");
        assertThat(manager.text("sales-total")).startsWith("Total: ");
        manager.showRow("sales-table", row);
        manager.screenshot("18-manager-sales");

        manager.touch("sign-out");
        manager.waitFor("start");
        assertThat(kiosk.kiosk().flow().screenProperty().get()).isEqualTo(Screen.ATTRACT);
        assertThat(kiosk.kiosk().flow().managerSession()).isEmpty();
    }

    @Test
    void aTouchOnTheManagerEntryStartsNoSale() {
        manager.touch("manager");

        manager.waitFor("manager-name");
        assertThat(kiosk.kiosk().flow().screenProperty().get())
                .isEqualTo(Screen.MANAGER_SIGN_IN);
        manager.touch("back");
        manager.waitFor("start");
    }

    @SuppressWarnings("unchecked")
    private SalesRow salesRow(long showId) {
        return manager.find("sales-table")
                .map(table -> ((TableView<SalesRow>) table).getItems().stream()
                        .filter(row -> row.showId() == showId)
                        .findFirst().orElse(null))
                .orElse(null);
    }
}
