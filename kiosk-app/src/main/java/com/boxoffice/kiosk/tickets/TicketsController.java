package com.boxoffice.kiosk.tickets;

import com.boxoffice.kiosk.flow.KioskFlow;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * Asks how many seats and who they are for.
 */
public final class TicketsController {

    private final TicketsViewModel model;
    private final ToggleGroup countGroup = new ToggleGroup();

    @FXML
    private Label subtitle;
    @FXML
    private FlowPane counts;
    @FXML
    private Label adults;
    @FXML
    private Label children;
    @FXML
    private Label concessions;
    @FXML
    private Button moreChildren;
    @FXML
    private Button fewerChildren;
    @FXML
    private Button moreConcessions;
    @FXML
    private Button fewerConcessions;
    @FXML
    private Button next;

    public TicketsController(KioskFlow flow) {
        this.model = new TicketsViewModel(flow);
    }

    @FXML
    void initialize() {
        subtitle.setText(model.showLine());
        showCounts();
        adults.textProperty().bind(model.adults().asString());
        children.textProperty().bind(model.childrenProperty().asString());
        concessions.textProperty().bind(model.concessionsProperty().asString());
        moreChildren.disableProperty().bind(model.noAdultsLeft());
        moreConcessions.disableProperty().bind(model.noAdultsLeft());
        fewerChildren.disableProperty().bind(model.childrenProperty().isEqualTo(0));
        fewerConcessions.disableProperty().bind(model.concessionsProperty().isEqualTo(0));
        next.textProperty().bind(model.nextLabel());
    }

    private void showCounts() {
        for (int count = 1; count <= model.maxSeats(); count++) {
            int seats = count;
            ToggleButton button = new ToggleButton(String.valueOf(count));
            button.getStyleClass().addAll("touch-button", "count-button");
            button.setId("count-" + count);
            button.setToggleGroup(countGroup);
            button.setSelected(count == model.seatsProperty().get());
            button.setOnAction(e -> {
                button.setSelected(true);
                model.chooseSeats(seats);
            });
            counts.getChildren().add(button);
        }
    }

    @FXML
    void moreChildren() {
        model.moreChildren();
    }

    @FXML
    void fewerChildren() {
        model.fewerChildren();
    }

    @FXML
    void moreConcessions() {
        model.moreConcessions();
    }

    @FXML
    void fewerConcessions() {
        model.fewerConcessions();
    }

    @FXML
    void next() {
        model.next();
    }

    @FXML
    void back() {
        model.back();
    }
}
