package com.boxoffice.kiosk.city;

import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.shell.StatusBar;
import com.boxoffice.model.api.CityView;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Lets the customer pick the city whose cinemas they want.
 */
public final class CityController {

    private final CityViewModel model;

    @FXML
    private FlowPane cities;
    @FXML
    private StatusBar status;

    public CityController(KioskFlow flow) {
        this.model = new CityViewModel(flow);
    }

    @FXML
    void initialize() {
        status.show(model.status());
        model.cities().addListener((ListChangeListener<CityView>) change -> showCities());
        model.load();
    }

    @FXML
    void back() {
        model.back();
    }

    private void showCities() {
        cities.getChildren().setAll(model.cities().stream().map(this::cityButton).toList());
    }

    private Button cityButton(CityView city) {
        Label name = new Label(city.name());
        name.getStyleClass().add("choice-title");
        String count = city.cinemaCount() == 1 ? "1 cinema" : city.cinemaCount() + " cinemas";
        Label detail = new Label(count);
        detail.getStyleClass().add("choice-detail");

        Button button = new Button();
        button.setGraphic(new VBox(name, detail));
        button.getStyleClass().addAll("touch-button", "choice", "city-choice");
        button.setId("city-" + city.id());
        button.setOnAction(e -> model.choose(city));
        return button;
    }
}
