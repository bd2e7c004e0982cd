package com.boxoffice.kiosk.manager;

import com.boxoffice.kiosk.flow.KioskFlow;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.converter.LocalDateStringConverter;

import java.util.List;

/**
 * The managers' screen for adding a film: its fields, a button, and the node's word on it. The
 * form empties once the film is added, ready for the next.
 */
public final class AddMovieController {

    private final AddMovieViewModel model;

    @FXML
    private TextField title;
    @FXML
    private TextField minutes;
    @FXML
    private DatePicker releaseDate;
    @FXML
    private TextField genre;
    @FXML
    private TextField language;
    @FXML
    private TextField country;
    @FXML
    private TextField rating;
    @FXML
    private TextField description;
    @FXML
    private Button add;
    @FXML
    private Label error;
    @FXML
    private Label confirmation;

    public AddMovieController(KioskFlow flow) {
        this.model = new AddMovieViewModel(flow);
    }

    @FXML
    void initialize() {
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        confirmation.textProperty().bind(model.confirmationProperty());
        confirmation.visibleProperty().bind(model.confirmationProperty().isNotEmpty());
        confirmation.managedProperty().bind(confirmation.visibleProperty());
        add.disableProperty().bind(model.busyProperty());
        releaseDate.setConverter(new LocalDateStringConverter(ManagerDates.DAY, ManagerDates.DAY));
        model.confirmationProperty().addListener((property, before, now) -> {
            if (!now.isEmpty()) {
                clear();
            }
        });
    }

    @FXML
    void add() {
        model.add(new AddMovieViewModel.Form(title.getText(), minutes.getText(),
                genre.getText(), language.getText(), releaseDate.getValue(), country.getText(),
                rating.getText(), description.getText()));
    }

    @FXML
    void backToSales() {
        model.backToSales();
    }

    @FXML
    void toScheduling() {
        model.toScheduling();
    }

    private void clear() {
        List.of(title, minutes, genre, language, country, rating, description)
                .forEach(TextField::clear);
        releaseDate.setValue(null);
    }
}
