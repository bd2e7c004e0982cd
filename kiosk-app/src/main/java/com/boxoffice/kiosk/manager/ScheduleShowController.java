package com.boxoffice.kiosk.manager;

import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.shell.StatusBar;
import com.boxoffice.model.Movie;
import com.boxoffice.model.SeatType;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The managers' screen for scheduling a show: film, hall, day, time and a price for each kind
 * of seat the chosen hall has; the price fields of kinds it lacks are hidden.
 */
public final class ScheduleShowController {

    private final ScheduleShowViewModel model;

    @FXML
    private ComboBox<Movie> movie;
    @FXML
    private ComboBox<HallChoice> hall;
    @FXML
    private DatePicker day;
    @FXML
    private TextField time;
    @FXML
    private Label pricesHint;
    @FXML
    private VBox regularRow;
    @FXML
    private VBox premiumRow;
    @FXML
    private VBox accessibleRow;
    @FXML
    private TextField regular;
    @FXML
    private TextField premium;
    @FXML
    private TextField accessible;
    @FXML
    private Button schedule;
    @FXML
    private Label error;
    @FXML
    private Label confirmation;
    @FXML
    private StatusBar status;

    public ScheduleShowController(KioskFlow flow) {
        this.model = new ScheduleShowViewModel(flow);
    }

    @FXML
    void initialize() {
        movie.setItems(model.movies());
        movie.setConverter(converter(film -> film.title() + " (" + film.releaseDate().getYear()
                + ", " + film.durationMinutes() + " min)"));
        hall.setItems(model.halls());
        hall.setConverter(converter(HallChoice::label));
        hall.valueProperty().addListener((property, before, now) -> model.choose(now));
        day.setConverter(new LocalDateStringConverter(ManagerDates.DAY, ManagerDates.DAY));
        showPricesOf(SeatType.REGULAR, regularRow);
        showPricesOf(SeatType.PREMIUM, premiumRow);
        showPricesOf(SeatType.ACCESSIBLE, accessibleRow);
        pricesHint.textProperty().bind(Bindings.when(model.currencyProperty().isEmpty())
                .then("Choose a hall to see its kinds of seat.")
                .otherwise(Bindings.concat("In ", model.currencyProperty(),
                        ", such as 12.50. Children and concessions get the cinema's discounts.")));

        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        confirmation.textProperty().bind(model.confirmationProperty());
        confirmation.visibleProperty().bind(model.confirmationProperty().isNotEmpty());
        confirmation.managedProperty().bind(confirmation.visibleProperty());
        schedule.disableProperty().bind(model.busyProperty());
        status.show(model.status());
        model.load();
    }

    @FXML
    void schedule() {
        Map<SeatType, String> prices = new EnumMap<>(SeatType.class);
        prices.put(SeatType.REGULAR, regular.getText());
        prices.put(SeatType.PREMIUM, premium.getText());
        prices.put(SeatType.ACCESSIBLE, accessible.getText());
        model.schedule(new ScheduleShowViewModel.Form(movie.getValue(), hall.getValue(),
                day.getValue(), time.getText(), prices));
    }

    @FXML
    void backToSales() {
        model.backToSales();
    }

    @FXML
    void toAddMovie() {
        model.toAddMovie();
    }

    private void showPricesOf(SeatType type, VBox row) {
        row.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.seatTypes().contains(type), model.seatTypes()));
        row.managedProperty().bind(row.visibleProperty());
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
