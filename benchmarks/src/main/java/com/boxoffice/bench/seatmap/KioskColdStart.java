package com.boxoffice.bench.seatmap;

import com.boxoffice.kiosk.KioskLauncher;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Starts the kiosk as its launcher does and prints {@code ATTRACT_SHOWN} once the attract
 * screen's start button is in a showing window and a frame with it has been drawn; then exits.
 * The harness times this process from its start to that line.
 */
public final class KioskColdStart {

    static final String MARKER = "ATTRACT_SHOWN";

    private KioskColdStart() {
    }

    public static void main(String[] args) {
        Thread.ofPlatform().daemon().start(KioskColdStart::watch);
        KioskLauncher.main(args);
    }

    private static void watch() {
        while (true) {
            try {
                Platform.runLater(KioskColdStart::checkOnce);
            } catch (IllegalStateException e) {
                // The toolkit is not up yet.
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void checkOnce() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null
                    && window.getScene().lookup("#start") != null) {
                window.getScene().snapshot(null);
                System.out.println(MARKER);
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        }
    }
}
