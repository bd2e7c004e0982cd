package com.boxoffice.kiosk.movie;

import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.Screen;
import com.boxoffice.kiosk.flow.ScreenStatus;
import com.boxoffice.model.Movie;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The films on sale in the chosen city.
 */
public final class MovieViewModel {

    private final KioskFlow flow;
    private final ObservableList<Movie> movies = FXCollections.observableArrayList();
    private final ObservableList<Movie> moviesView =
            FXCollections.unmodifiableObservableList(movies);
    private final ScreenStatus status = new ScreenStatus();

    public MovieViewModel(KioskFlow flow) {
        this.flow = flow;
    }

    public void load() {
        status.working();
        long cityId = flow.session().city().id();
        flow.background().run(() -> flow.api().movies(cityId), this::show,
                failure -> status.failed(failure, this::load));
    }

    public void choose(Movie movie) {
        flow.chooseMovie(movie);
    }

    public void back() {
        flow.back(Screen.CITY);
    }

    public String cityName() {
        return flow.session().city().name();
    }

    /** The line under a film's title: genre, length and age rating. */
    public static String facts(Movie movie) {
        return Stream.of(movie.genre(), Formats.minutes(movie.durationMinutes()), movie.language())
                .filter(fact -> fact != null && !fact.isBlank())
                .collect(Collectors.joining("  ·  "));
    }

    private void show(List<Movie> loaded) {
        status.done();
        movies.setAll(loaded);
        if (loaded.isEmpty()) {
            status.tell("No films are on sale in " + cityName() + " right now.");
        }
    }

    public ObservableList<Movie> movies() {
        return moviesView;
    }

    public ScreenStatus status() {
        return status;
    }
}
