package com.boxoffice.kiosk.manager;

import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.Screen;
import com.boxoffice.kiosk.flow.ScreenStatus;
import com.boxoffice.model.Money;
import com.boxoffice.model.Movie;
import com.boxoffice.model.SeatPrice;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.api.CinemaHalls;
import com.boxoffice.model.api.NewShow;
import com.boxoffice.model.api.ScheduledShow;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A manager schedules a show: a film and a hall from the node's lists, a day and a time in the
 * cinema's own zone, and a price for each kind of seat the hall has. What the kiosk cannot
 * read (a time, an amount) it says at once; everything else the node decides and explains.
 */
public final class ScheduleShowViewModel {

    static final String CHOOSE_FILM = "Please choose a film.";
    static final String CHOOSE_HALL = "Please choose a hall.";
    static final String CHOOSE_DAY = "Please choose the day of the show.";
    static final String NOT_A_TIME = "Please enter the start as a time such as 20:15.";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final KioskFlow flow;
    private final ObservableList<Movie> movies = FXCollections.observableArrayList();
    private final ObservableList<Movie> moviesView =
            FXCollections.unmodifiableObservableList(movies);
    private final ObservableList<HallChoice> halls = FXCollections.observableArrayList();
    private final ObservableList<HallChoice> hallsView =
            FXCollections.unmodifiableObservableList(halls);
    private final ObservableList<SeatType> seatTypes = FXCollections.observableArrayList();
    private final ObservableList<SeatType> seatTypesView =
            FXCollections.unmodifiableObservableList(seatTypes);
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper("");
    private final ScreenStatus status = new ScreenStatus();
    private final CatalogRequest request;

    public ScheduleShowViewModel(KioskFlow flow) {
        this.flow = flow;
        this.request = new CatalogRequest(flow);
    }

    /** What the manager chose and typed; prices are keyed by kind of seat, as typed. */
    public record Form(Movie movie, HallChoice hall, LocalDate day, String time,
                       Map<SeatType, String> prices) {
    }

    /** Reads the films and the halls from the node. */
    public void load() {
        String token = request.token().orElse(null);
        if (token == null) {
            return;
        }
        status.working();
        flow.background().run(() -> new Lists(flow.api().catalogMovies(token),
                flow.api().halls(token)), this::loaded, failure -> {
                    if (!request.sessionEnded(failure)) {
                        status.failed(failure, this::load);
                    }
                });
    }

    /** The hall picked: its kinds of seat are the prices to give, in its cinema's currency. */
    public void choose(HallChoice hall) {
        seatTypes.setAll(hall == null ? List.of() : hall.hall().seatTypes());
        currency.set(hall == null ? "" : hall.cinema().currency());
    }

    public void schedule(Form form) {
        String refusal = refusal(form);
        if (refusal != null) {
            request.refuse(refusal);
            return;
        }
        List<SeatPrice> prices = new ArrayList<>();
        for (SeatType type : form.hall().hall().seatTypes()) {
            String typed = form.prices().getOrDefault(type, "");
            if (!typed.isBlank()) {
                prices.add(new SeatPrice(type, Money.of(minorUnits(typed),
                        form.hall().cinema().currency())));
            }
        }
        String token = request.token().orElse(null);
        if (token == null) {
            return;
        }

        NewShow show = new NewShow(form.movie().id(), form.hall().hall().id(), startsAt(form),
                prices);
        request.send(() -> flow.api().scheduleShow(token, show),
                ScheduleShowViewModel::confirmation);
    }

    public void backToSales() {
        flow.toManagerScreen(Screen.SALES);
    }

    public void toAddMovie() {
        flow.toManagerScreen(Screen.ADD_MOVIE);
    }

    private String refusal(Form form) {
        if (form.movie() == null) {
            return CHOOSE_FILM;
        }
        if (form.hall() == null) {
            return CHOOSE_HALL;
        }
        if (form.day() == null) {
            return CHOOSE_DAY;
        }
        if (time(form.time()) == null) {
            return NOT_A_TIME;
        }
        for (SeatType type : form.hall().hall().seatTypes()) {
            String typed = form.prices().getOrDefault(type, "");
            if (!typed.isBlank() && minorUnits(typed) == null) {
                return "Please enter the price of " + Formats.word(type).toLowerCase()
                        + " seats as an amount such as 12.50.";
            }
        }
        return null;
    }

    private static OffsetDateTime startsAt(Form form) {
        ZoneId zone = ZoneId.of(form.hall().cinema().timeZone());
        return form.day().atTime(time(form.time())).atZone(zone).toOffsetDateTime();
    }

    private static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "12.50" or "12,50" as 1250; null for what is not an amount with at most two decimals. */
    static Long minorUnits(String text) {
        try {
            BigDecimal amount = new BigDecimal(text.strip().replace(',', '.'));
            return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private void loaded(Lists lists) {
        status.done();
        movies.setAll(lists.movies());
        List<HallChoice> choices = new ArrayList<>();
        for (CinemaHalls cinema : lists.cinemas()) {
            cinema.halls().forEach(hall -> choices.add(new HallChoice(cinema, hall)));
        }
        halls.setAll(choices);
        if (movies.isEmpty() || halls.isEmpty()) {
            status.tell(movies.isEmpty() ? "There are no films yet: add one first."
                    : "There are no halls yet: ask the operator to set them up.");
        }
    }

    private static String confirmation(ScheduledShow show) {
        return "Scheduled “" + show.movieTitle() + "” in " + show.hall().name() + " at "
                + show.cinemaName() + " on " + Formats.longDay(show.startsAt()) + ", "
                + Formats.time(show.startsAt()) + " to " + Formats.time(show.endsAt())
                + ". It is on sale now.";
    }

    private record Lists(List<Movie> movies, List<CinemaHalls> cinemas) {
    }

    public ObservableList<Movie> movies() {
        return moviesView;
    }

    public ObservableList<HallChoice> halls() {
        return hallsView;
    }

    public ObservableList<SeatType> seatTypes() {
        return seatTypesView;
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return request.errorProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return request.confirmationProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return request.busyProperty();
    }

    public ScreenStatus status() {
        return status;
    }
}
