package com.boxoffice.kiosk.seatmap;

import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.shell.LeavingScreen;
import com.boxoffice.kiosk.shell.StatusBar;
import com.boxoffice.model.SeatBlock;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.api.SeatMap;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Binds the seat map component to the live seat map of the show and forwards touches.
 */
public final class SeatMapController implements LeavingScreen {

    private final SeatMapViewModel model;

    @FXML
    private Label subtitle;
    @FXML
    private SeatMapView seatMap;
    @FXML
    private Label wanted;
    @FXML
    private Label choice;
    @FXML
    private Label instruction;
    @FXML
    private VBox alternatives;
    @FXML
    private VBox alternativeList;
    @FXML
    private HBox waitSlot;
    @FXML
    private VBox offerPanel;
    @FXML
    private Label offerCountdown;
    @FXML
    private Button hold;
    @FXML
    private StatusBar status;

    public SeatMapController(KioskFlow flow) {
        this.model = new SeatMapViewModel(flow);
    }

    @FXML
    void initialize() {
        subtitle.setText(model.showLine());
        int count = model.seatCount();
        wanted.setText(count == 1 ? "YOUR SEAT" : "YOUR " + count + " SEATS");
        choice.textProperty().bind(model.choice());
        instruction.textProperty().bind(model.instruction());
        hold.disableProperty().bind(model.ready().not());
        status.show(model.status());
        waitSlot.visibleProperty().bind(model.canWaitProperty());
        waitSlot.managedProperty().bind(waitSlot.visibleProperty());
        offerPanel.visibleProperty().bind(model.offerHeldProperty());
        offerPanel.managedProperty().bind(offerPanel.visibleProperty());
        offerCountdown.textProperty().bind(model.offerCountdown());

        seatMap.setOnSeatTouched(model::touch);
        model.mapProperty().addListener((property, before, now) -> showHall(now));
        model.statuses().addListener((MapChangeListener<String, SeatStatus>) change ->
                seatMap.showStatus(change.getKey(), change.getValueAdded()));
        model.selected().addListener((ListChangeListener<String>) change ->
                seatMap.showSelected(model.selected()));
        model.alternatives().addListener((ListChangeListener<SeatBlock>) change ->
                showAlternatives());
        showAlternatives();
        model.load();
    }

    private void showHall(SeatMap map) {
        seatMap.showHall(map.seats());
        model.statuses().forEach(seatMap::showStatus);
        seatMap.showSelected(model.selected());
    }

    private void showAlternatives() {
        alternativeList.getChildren().clear();
        for (int i = 0; i < model.alternatives().size(); i++) {
            SeatBlock block = model.alternatives().get(i);
            Button take = new Button(String.join(", ", block.seats()));
            take.getStyleClass().addAll("touch-button", "secondary", "alternative");
            take.setId("alternative-" + i);
            take.setMaxWidth(Double.MAX_VALUE);
            take.setOnAction(e -> model.takeAlternative(block));
            alternativeList.getChildren().add(take);
        }
        alternatives.setVisible(!model.alternatives().isEmpty());
        alternatives.setManaged(alternatives.isVisible());
    }

    @FXML
    void hold() {
        model.hold();
    }

    @FXML
    void waitForSeats() {
        model.waitForSeats();
    }

    @FXML
    void back() {
        model.back();
    }

    @Override
    public void leave() {
        model.leave();
    }
}
