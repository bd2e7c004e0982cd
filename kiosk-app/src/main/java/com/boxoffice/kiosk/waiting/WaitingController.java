package com.boxoffice.kiosk.waiting;

import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.shell.LeavingScreen;
import com.boxoffice.kiosk.shell.StatusBar;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * Shows the customer's place in line as it changes and lets them stop waiting.
 */
public final class WaitingController implements LeavingScreen {

    private final WaitingViewModel model;

    @FXML
    private Label subtitle;
    @FXML
    private Label position;
    @FXML
    private Label message;
    @FXML
    private Button cancel;
    @FXML
    private StatusBar status;

    public WaitingController(KioskFlow flow) {
        this.model = new WaitingViewModel(flow);
    }

    @FXML
    void initialize() {
        subtitle.setText(model.showLine());
        position.textProperty().bind(model.positionProperty());
        message.textProperty().bind(model.messageProperty());
        cancel.textProperty().bind(Bindings.when(model.inLineProperty())
                .then("Stop waiting").otherwise("Choose another show"));
        status.show(model.status());
        model.load();
    }

    @FXML
    void cancel() {
        model.cancel();
    }

    @Override
    public void leave() {
        model.leave();
    }
}
