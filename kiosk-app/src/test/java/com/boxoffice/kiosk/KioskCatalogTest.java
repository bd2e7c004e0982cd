package com.boxoffice.kiosk;

import com.boxoffice.kiosk.api.BookingApi;
import com.boxoffice.kiosk.api.HoldResult;
import com.boxoffice.kiosk.config.KioskConfig;
import com.boxoffice.kiosk.manager.HallChoice;
import com.boxoffice.model.Movie;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.api.CinemaShows;
import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.model.api.ShowView;
import com.boxoffice.node.BookingNode;
import com.boxoffice.node.NodeOptions;
import com.boxoffice.node.admin.ManagerStore;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cinema manager adds a film and schedules its show on the kiosk's managers' screens, is told
 * in the node's words what is wrong when something is, and leaves a show that customers can
 * find and hold seats of at once.
 */
class KioskCatalogTest {

    private static final String KEY = "kiosk-catalog-test-" + UUID.randomUUID();
    private static final String TITLE = "The Lighthouse Keeper";

    @TempDir
    static Path dataDir;

    private static BookingNode node;

    private KioskOnStage kiosk;
    private KioskDriver manager;

    @BeforeAll
    static void startDemoNode() {
        node = BookingNode.start(NodeOptions.defaults()
                .withDemo(true)
                .withHttpPort(0)
                .withDataDir(dataDir)
                .withCluster("kiosk-catalog-test-" + UUID.randomUUID(), List.of())
                .withHazelcastPort(ThreadLocalRandom.current().nextInt(6000, 9000))
                .withDemoKey(KEY, 0));
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @BeforeEach
    void openKioskAndSignIn() throws Exception {
        kiosk = KioskOnStage.open(new KioskConfig(List.of(URI.create(node.baseUrl())), KEY, null,
                Duration.ofMinutes(10), 10, false));
        manager = kiosk.driver();
        manager.touch("manager");
        manager.type("manager-name", ManagerStore.DEMO_NAME);
        manager.type("manager-password", ManagerStore.DEMO_PASSWORD);
        manager.touch("sign-in");
        manager.waitFor("sales-table");
    }

    @AfterEach
    void closeKiosk() throws Exception {
        kiosk.close();
    }

    @Test
    void addsAFilmAndSchedulesAShowThatCustomersCanHoldSeatsOf() throws Exception {
        manager.touch("to-add-movie");
        manager.type("movie-title", TITLE);
        manager.type("movie-minutes", "104");
        manager.pickDate("movie-release-date", LocalDate.of(2025, 9, 12));
        manager.type("movie-language", "English");
        manager.type("movie-country", "GB");
        manager.type("movie-rating", "12");
        manager.touch("add-movie");

        assertThat(manager.waitForText("catalog-error", "Genre is required")).isNotBlank();
        manager.screenshot("19-manager-add-movie-refused");

        manager.type("movie-genre", "Drama");
        manager.type("movie-description", "A keeper and his light, one winter.");
        manager.touch("add-movie");
        assertThat(manager.waitForText("catalog-done", "Added")).contains(TITLE, "1 h 44 min");
        assertThat(((TextField) manager.waitFor("movie-title")).getText()).isEmpty();
        manager.screenshot("20-manager-movie-added");

        manager.touch("to-schedule");
        Movie film = manager.<Movie>choose("show-movie", movie -> movie.title().equals(TITLE));
        HallChoice hall = manager.<HallChoice>choose("show-hall", choice -> choice.hall()
                .seatTypes().contains(SeatType.PREMIUM));
        LocalDate day = LocalDate.now().plusDays(10);
        manager.pickDate("show-day", day);
        manager.type("show-time", "20:00");
        for (SeatType type : hall.hall().seatTypes()) {
            manager.type("price-" + type, type == SeatType.PREMIUM ? "14.50" : "11.50");
        }
        manager.touch("schedule-show");

        assertThat(manager.waitForText("catalog-done", "on sale now"))
                .contains(TITLE, hall.hall().name(), "20:00");
        manager.screenshot("21-manager-show-scheduled");

        manager.retype("show-time", "21:30");
        manager.touch("schedule-show");
        assertThat(manager.waitForText("catalog-error", "is taken then")).contains(TITLE);
        manager.screenshot("22-manager-show-overlaps");

        ShowView show = customersShow(film, hall, day);
        assertThat(show.startsAt().toLocalTime()).isEqualTo(LocalTime.of(20, 0));
        assertThat(customerHolds(show)).isInstanceOf(HoldResult.Held.class);
        assertThat(search("lighthouse")).contains("\"showId\":" + show.id());
    }

    @Test
    void refusesAPriceThatIsNotAnAmountBeforeAskingTheNode() {
        manager.touch("to-schedule");
        manager.<Movie>choose("show-movie", movie -> true);
        HallChoice hall = manager.<HallChoice>choose("show-hall", choice -> true);
        manager.pickDate("show-day", LocalDate.now().plusDays(12));
        manager.type("show-time", "18:15");
        manager.type("price-" + hall.hall().seatTypes().getFirst(), "twelve");
        manager.touch("schedule-show");

        assertThat(manager.waitForText("catalog-error", "such as 12.50")).isNotBlank();
        manager.touch("to-sales");
        manager.waitFor("sales-table");
    }

    private ShowView customersShow(Movie film, HallChoice hall, LocalDate day) {
        BookingApi api = new BookingApi(List.of(URI.create(node.baseUrl())), KEY);
        return api.shows(film.id(), hall.cinema().cityId(), day).stream()
                .map(CinemaShows::shows)
                .flatMap(List::stream)
                .filter(show -> show.hall().id() == hall.hall().id())
                .findFirst().orElseThrow();
    }

    private HoldResult customerHolds(ShowView show) {
        BookingApi api = new BookingApi(List.of(URI.create(node.baseUrl())), KEY);
        String seat = api.seatMap(show.id()).seats().getFirst().id();
        return api.reserve(show.id(), new ReserveSeatsRequest("session-" + UUID.randomUUID(),
                List.of(seat), Map.of()));
    }

    private String search(String keyword) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(node.baseUrl() + "/api/v1/search/movies?keyword=" + keyword))
                        .header("X-Api-Key", KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
