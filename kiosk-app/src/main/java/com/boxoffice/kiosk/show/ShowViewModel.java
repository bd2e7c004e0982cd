package com.boxoffice.kiosk.show;

import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.Screen;
import com.boxoffice.kiosk.flow.ScreenStatus;
import com.boxoffice.model.Movie;
import com.boxoffice.model.SeatPrice;
import com.boxoffice.model.api.CinemaShows;
import com.boxoffice.model.api.ShowView;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The shows of the chosen film in the chosen city, by cinema, for one of the next seven days.
 */
public final class ShowViewModel {

    public static final int DAYS = 7;

    private final KioskFlow flow;
    private final List<LocalDate> days;
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CinemaShows> cinemas = FXCollections.observableArrayList();
    private final ObservableList<CinemaShows> cinemasView =
            FXCollections.unmodifiableObservableList(cinemas);
    private final ScreenStatus status = new ScreenStatus();

    public ShowViewModel(KioskFlow flow) {
        this.flow = flow;
        LocalDate today = LocalDate.now(flow.clock().withZone(ZoneId.systemDefault()));
        this.days = IntStream.range(0, DAYS).mapToObj(today::plusDays).toList();
        day.set(today);
    }

    public void chooseDay(LocalDate chosen) {
        day.set(chosen);
        load();
    }

    public void load() {
        status.working();
        long movieId = flow.session().movie().id();
        long cityId = flow.session().city().id();
        LocalDate date = day.get();
        flow.background().run(() -> flow.api().shows(movieId, cityId, date),
                loaded -> show(date, loaded),
                failure -> status.failed(failure, this::load));
    }

    public void choose(CinemaShows cinema, ShowView show) {
        flow.chooseShow(cinema, show);
    }

    public void back() {
        flow.back(Screen.MOVIE);
    }

    public Movie movie() {
        return flow.session().movie();
    }

    /** How a day reads on its button: "Today", "Tomorrow", then "Sat 5 Dec". */
    public String dayLabel(LocalDate date) {
        int offset = days.indexOf(date);
        return switch (offset) {
            case 0 -> "Today";
            case 1 -> "Tomorrow";
            default -> Formats.day(date);
        };
    }

    /** Prices per kind of seat, one line each: "Premium  €13.00". */
    public static List<String> prices(ShowView show) {
        return show.prices().stream().map(ShowViewModel::price).toList();
    }

    private static String price(SeatPrice price) {
        return Formats.word(price.seatType()) + "  " + Formats.money(price.price());
    }

    private void show(LocalDate date, List<CinemaShows> loaded) {
        if (!date.equals(day.get())) {
            return;
        }
        status.done();
        List<CinemaShows> withShows = loaded.stream().filter(c -> !c.shows().isEmpty()).toList();
        cinemas.setAll(withShows);
        if (withShows.isEmpty()) {
            String day = date.equals(days.getFirst()) ? "the rest of today" : Formats.day(date);
            status.tell("No shows of this film on " + day + ". Please try another day.");
        }
    }

    public List<LocalDate> days() {
        return days;
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ObservableList<CinemaShows> cinemas() {
        return cinemasView;
    }

    public ScreenStatus status() {
        return status;
    }
}
