package com.boxoffice.kiosk.hold;

import com.boxoffice.kiosk.flow.KioskFlow;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/**
 * Shows what is held and the time left before the seats go back on sale.
 */
public final class HoldController {

    private final HoldViewModel model;

    @FXML
    private Label movie;
    @FXML
    private Label cinema;
    @FXML
    private Label hall;
    @FXML
    private Label when;
    @FXML
    private Label seats;
    @FXML
    private Label total;
    @FXML
    private Label countdown;

    public HoldController(KioskFlow flow) {
        this.model = new HoldViewModel(flow);
    }

    @FXML
    void initialize() {
        movie.setText(model.movie());
        cinema.setText(model.cinema());
        hall.setText(model.hall());
        when.setText(model.when());
        seats.setText(model.seats());
        total.setText(model.total());
        countdown.textProperty().bind(model.countdown());
    }

    @FXML
    void pay() {
        model.pay();
    }

    @FXML
    void changeSeats() {
        model.changeSeats();
    }

    @FXML
    void cancel() {
        model.cancel();
    }
}
