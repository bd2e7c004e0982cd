package com.boxoffice.kiosk.manager;

import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.Screen;
import com.boxoffice.model.api.NewMovie;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.time.LocalDate;

/**
 * A manager adds a film: what they typed goes to the node as it is, and the node's sentence
 * comes back when it refuses; only a length that is not a number is caught on the kiosk.
 */
public final class AddMovieViewModel {

    static final String NOT_MINUTES = "Please enter the length as a whole number of minutes.";

    private final KioskFlow flow;
    private final CatalogRequest request;

    public AddMovieViewModel(KioskFlow flow) {
        this.flow = flow;
        this.request = new CatalogRequest(flow);
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
            request.refuse(NOT_MINUTES);
            return;
        }
        String token = request.token().orElse(null);
        if (token == null) {
            return;
        }

        NewMovie movie = new NewMovie(orNull(form.title()), orNull(form.description()), minutes,
                orNull(form.genre()), orNull(form.language()), form.releaseDate(),
                orNull(form.country()), orNull(form.rating()));
        request.send(() -> flow.api().addMovie(token, movie), added -> "Added “"
                + added.title() + "” (" + Formats.minutes(added.durationMinutes())
                + "). You can schedule its shows now.");
    }

    public void backToSales() {
        flow.toManagerScreen(Screen.SALES);
    }

    public void toScheduling() {
        flow.toManagerScreen(Screen.SCHEDULE_SHOW);
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
        return request.errorProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return request.confirmationProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return request.busyProperty();
    }
}
