package com.boxoffice.kiosk.shell;

import com.boxoffice.kiosk.flow.ScreenStatus;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The strip at the foot of a screen that says, in plain words, what went wrong or that the
 * kiosk is busy, with a button to try again where that may help.
 */
public final class StatusBar extends HBox {

    private final Label message = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Button retry = new Button("Try again");

    public StatusBar() {
        getStyleClass().add("status-bar");
        message.getStyleClass().add("status-message");
        message.setId("status-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        spinner.getStyleClass().add("busy");
        retry.getStyleClass().addAll("touch-button", "secondary");
        retry.setId("retry");
        getChildren().addAll(spinner, message, retry);
    }

    /** Shows the screen's status; the retry button runs the call that failed again. */
    public void show(ScreenStatus status) {
        message.textProperty().bind(status.messageProperty());
        spinner.visibleProperty().bind(status.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        retry.visibleProperty().bind(status.retryableProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> status.retry());
        visibleProperty().bind(Bindings.or(status.busyProperty(),
                status.messageProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
    }
}
