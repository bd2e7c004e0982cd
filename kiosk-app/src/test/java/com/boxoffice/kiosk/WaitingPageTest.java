package com.boxoffice.kiosk;

import com.boxoffice.kiosk.config.KioskConfig;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.TicketChoice;
import com.boxoffice.model.Address;
import com.boxoffice.model.Movie;
import com.boxoffice.model.SeatPrice;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.WaitStatus;
import com.boxoffice.model.api.CinemaShows;
import com.boxoffice.model.api.CityView;
import com.boxoffice.model.api.ShowView;
import com.boxoffice.node.catalog.ShowSnapshot;
import com.boxoffice.node.http.SingleKeyCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer who finds every seat held by others waits on the kiosk, against a real booking
 * node in this JVM: the waiting page shows the place in line and moves on to the seat map by
 * itself once seats are offered; a customer who walks away is taken off the line.
 */
class WaitingPageTest {

    private static WaitingNode node;
    private KioskOnStage kiosk;

    @BeforeAll
    static void startNode() throws IOException {
        node = WaitingNode.start(2);
    }

    @AfterAll
    static void stopNode() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    @AfterEach
    void closeKiosk() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void movesFromTheWaitingPageToTheSeatMapWithTheOfferedSeatHeld() throws Exception {
        String othersHold = node.holdForSomeoneElse(WaitingNode.FIRST_SHOW, "A1");
        node.holdForSomeoneElse(WaitingNode.FIRST_SHOW, "A2");
        kiosk = KioskOnStage.open(config(Duration.ofSeconds(90)));
        KioskDriver customer = kiosk.driver();
        toSeatMap(WaitingNode.FIRST_SHOW);
        customer.touch("wait");
        customer.waitForText("wait-position", "1");
        customer.screenshot("13-waiting-for-seats");

        node.release(othersHold);

        customer.waitFor("offer-countdown");
        assertThat(customer.waitForText("chosen-seats", "A1")).isEqualTo("A1");
        assertThat(customer.text("offer-countdown")).isNotBlank();
        customer.screenshot("14-offered-seats-held");
        customer.touch("hold");
        assertThat(customer.waitForText("summary-seats", "A1")).startsWith("A1");
    }

    @Test
    void takesACustomerWhoWalkedAwayOffTheLineWhenTheKioskStartsOver() throws Exception {
        node.holdForSomeoneElse(WaitingNode.SECOND_SHOW, "A1");
        node.holdForSomeoneElse(WaitingNode.SECOND_SHOW, "A2");
        kiosk = KioskOnStage.open(config(Duration.ofSeconds(10)));
        KioskDriver customer = kiosk.driver();
        toSeatMap(WaitingNode.SECOND_SHOW);
        customer.touch("wait");
        customer.waitForText("wait-position", "1");
        String waitId = onScreenThread(() -> kiosk.kiosk().flow().session().waitId())
                .orElseThrow();

        customer.waitFor("start");

        await().until(() -> node.waitingList().find(waitId, SingleKeyCheck.DEMO_KEY_ID)
                .orElseThrow().status() == WaitStatus.CANCELLED);
    }

    /** Walks the flow up to the seat map of the show, as the earlier screens would. */
    private void toSeatMap(long showId) {
        ShowSnapshot snapshot = node.show(showId);
        ShowView show = new ShowView(showId, snapshot.startsAt().atZone(snapshot.zone())
                .toOffsetDateTime(), snapshot.endsAt().atZone(snapshot.zone()).toOffsetDateTime(),
                snapshot.hall(), List.of(new SeatPrice(SeatType.REGULAR,
                snapshot.prices().get(SeatType.REGULAR))));
        CinemaShows cinema = new CinemaShows(snapshot.cinemaId(), snapshot.cinemaName(),
                new Address("Hauptstraße 5", "10827", "Berlin", "DE"), "Europe/Berlin",
                List.of(show));
        Movie movie = new Movie(snapshot.movieId(), snapshot.movieTitle(), "A film.", 110,
                "Drama", "en", LocalDate.of(2026, 11, 1), "DE", "12");
        onScreenThread(() -> {
            KioskFlow flow = kiosk.kiosk().flow();
            flow.begin();
            flow.chooseCity(new CityView(1, "Berlin", "DE", 1));
            flow.chooseMovie(movie);
            flow.chooseShow(cinema, show);
            flow.chooseTickets(new TicketChoice(1, 0, 0));
            return flow;
        });
    }

    private static <T> T onScreenThread(java.util.concurrent.Callable<T> call) {
        T result = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(call));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static KioskConfig config(Duration idle) {
        return new KioskConfig(List.of(node.url()), WaitingNode.API_KEY, null, idle, 10, false);
    }
}
