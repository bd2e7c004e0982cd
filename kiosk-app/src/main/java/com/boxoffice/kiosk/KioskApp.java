package com.boxoffice.kiosk;

import com.boxoffice.kiosk.config.KioskConfig;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application of a kiosk; {@link KioskLauncher} reads the command line first.
 */
public final class KioskApp extends Application {

    private static volatile KioskConfig config;
    private Kiosk kiosk;

    static void launch(KioskConfig chosen) {
        config = chosen;
        Application.launch(KioskApp.class);
    }

    @Override
    public void start(Stage stage) {
        kiosk = Kiosk.open(stage, config);
    }

    @Override
    public void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
