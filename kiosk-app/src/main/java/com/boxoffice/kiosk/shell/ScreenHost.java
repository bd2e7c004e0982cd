package com.boxoffice.kiosk.shell;

import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.Screen;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Shows the flow's current screen: loads its FXML with a controller that knows the flow, and
 * lets the previous screen's controller stop what it started.
 */
public final class ScreenHost {

    private final KioskFlow flow;
    private final StackPane root = new StackPane();
    private Object current;

    public ScreenHost(KioskFlow flow) {
        this.flow = flow;
        root.getStyleClass().add("kiosk");
        flow.screenProperty().addListener((property, before, now) -> show(now));
        show(flow.screenProperty().get());
    }

    private void show(Screen screen) {
        leaveCurrent();
        URL fxml = ScreenHost.class.getResource("/com/boxoffice/kiosk/" + screen.fxml());
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(this::controller);
        try {
            Parent view = loader.load();
            current = loader.getController();
            root.getChildren().setAll(view);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load screen " + screen, e);
        }
    }

    /** Every screen controller takes the flow as its only constructor argument. */
    private Object controller(Class<?> type) {
        try {
            return type.getConstructor(KioskFlow.class).newInstance(flow);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("screen controller " + type.getName()
                    + " needs a public constructor taking the KioskFlow", e);
        }
    }

    public void leaveCurrent() {
        if (current instanceof LeavingScreen leaving) {
            leaving.leave();
        }
        current = null;
    }

    public Parent root() {
        return root;
    }
}
