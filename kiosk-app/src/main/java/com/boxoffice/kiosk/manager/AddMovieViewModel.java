package com.boxoffice.kiosk.manager;

import com.boxoffice.kiosk.api.ApiProblem;
import com.boxoffice.kiosk.api.CatalogChange;
import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.PlainWords;
import com.boxoffice.kiosk.flow.Screen;
import com.boxoffice.model.Movie;
import com.boxoffice.model.api.NewMovie;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.LocalDate;

/**
 * A manager adds a film: what they typed goes to the node as it is, and the node's sentence
 * comes back when it refuses; only a length that is not a number is caught on the kiosk.
 */
public final class AddMovieViewModel {

    static final String NOT_MINUTES = "Please enter the length as a whole number of minutes.";

    private final KioskFlow flow;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public AddMovieViewModel(KioskFlow flow) {
        this.flow = flow;
    }

    /** The fields as typed; blank ones are sent as missing, so the node names them. */
    public record Form(String title, String minutes, String genre, String language,
                       LocalDate releaseDate, String country, String rating,
                       String description) {
    }

    /** Sends the film, unless its length is not a number. */
    public void add(Form form) {
        Integer minutes = minutes(form.minutes());
        if (minutes == null && !blank(form.minutes())) {
            show(NOT_MINUTES, "");
            return;
        }
        String token = flow.managerSession().map(session -> session.token()).orElse(null);
        if (token == null) {
            flow.managerSessionEnded();
            return;
        }

        NewMovie movie = new NewMovie(orNull(form.title()), orNull(form.description()), minutes,
                orNull(form.genre()), orNull(form.language()), form.releaseDate(),
                orNull(form.country()), orNull(form.rating()));
        busy.set(true);
        show("", "");
        flow.background().run(() -> flow.api().addMovie(token, movie), this::answered,
                this::failed);
    }

    public void backToSales() {
        flow.toManagerScreen(Screen.SALES);
    }

    public void toScheduling() {
        flow.toManagerScreen(Screen.SCHEDULE_SHOW);
    }

    private void answered(CatalogChange<Movie> change) {
        busy.set(false);
        switch (change) {
            case CatalogChange.Done<Movie> done -> show("", "Added “" + done.value().title()
                    + "” (" + Formats.minutes(done.value().durationMinutes())
                    + "). You can schedule its shows now.");
            case CatalogChange.Refused<Movie> refused ->
                    show(Refusals.sentence(refused.message()), "");
        }
    }

    private void failed(Exception failure) {
        busy.set(false);
        if (failure instanceof ApiProblem problem && problem.status() == 401) {
            flow.managerSessionEnded();
            return;
        }
        show(PlainWords.forFailure(failure), "");
    }

    private void show(String errorText, String confirmationText) {
        error.set(errorText);
        confirmation.set(confirmationText);
    }

    private static Integer minutes(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
