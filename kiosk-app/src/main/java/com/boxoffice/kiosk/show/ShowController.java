package com.boxoffice.kiosk.show;

import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.shell.StatusBar;
import com.boxoffice.model.api.CinemaShows;
import com.boxoffice.model.api.ShowView;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.LocalDate;

/**
 * Shows the film's shows grouped by cinema, with a row of days to choose from.
 */
public final class ShowController {

    private final ShowViewModel model;
    private final ToggleGroup dayGroup = new ToggleGroup();

    @FXML
    private Label subtitle;
    @FXML
    private HBox days;
    @FXML
    private VBox cinemas;
    @FXML
    private StatusBar status;

    public ShowController(KioskFlow flow) {
        this.model = new ShowViewModel(flow);
    }

    @FXML
    void initialize() {
        subtitle.setText(model.movie().title());
        status.show(model.status());
        showDays();
        model.cinemas().addListener((ListChangeListener<CinemaShows>) change -> showCinemas());
        model.load();
    }

    @FXML
    void back() {
        model.back();
    }

    private void showDays() {
        for (int i = 0; i < model.days().size(); i++) {
            LocalDate date = model.days().get(i);
            ToggleButton day = new ToggleButton(model.dayLabel(date));
            day.getStyleClass().addAll("touch-button", "day-button");
            day.setId("day-" + i);
            day.setToggleGroup(dayGroup);
            day.setSelected(date.equals(model.dayProperty().get()));
            day.setOnAction(e -> {
                day.setSelected(true);
                model.chooseDay(date);
            });
            days.getChildren().add(day);
        }
    }

    private void showCinemas() {
        cinemas.getChildren().setAll(model.cinemas().stream().map(this::cinema).toList());
    }

    private Node cinema(CinemaShows cinema) {
        Label name = new Label(cinema.name());
        name.getStyleClass().add("cinema-name");
        Label address = new Label(cinema.address() == null ? "" : cinema.address().oneLine());
        address.getStyleClass().add("cinema-address");
        FlowPane shows = new FlowPane();
        shows.getStyleClass().add("show-times");
        cinema.shows().forEach(show -> shows.getChildren().add(showButton(cinema, show)));

        VBox section = new VBox(name, address, shows);
        section.getStyleClass().add("cinema-section");
        return section;
    }

    private Button showButton(CinemaShows cinema, ShowView show) {
        Label time = new Label(Formats.time(show.startsAt()));
        time.getStyleClass().add("show-time");
        Label hall = new Label(show.hall() == null ? "" : show.hall().name());
        hall.getStyleClass().add("show-hall");
        VBox prices = new VBox();
        prices.getStyleClass().add("show-prices");
        ShowViewModel.prices(show).forEach(price -> prices.getChildren().add(new Label(price)));

        Button button = new Button();
        button.setGraphic(new VBox(time, hall, prices));
        button.getStyleClass().addAll("touch-button", "show-button");
        button.setId("show-" + show.id());
        button.setOnAction(e -> model.choose(cinema, show));
        return button;
    }
}
