package com.boxoffice.kiosk;

import com.boxoffice.kiosk.config.KioskCommand;
import com.boxoffice.kiosk.config.KioskConfig;
import picocli.CommandLine;

/**
 * Starts a kiosk from the command line. A plain main, so that the kiosk's jar runs on the
 * class path without JavaFX's module launcher.
 */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    public static void main(String[] args) {
        CommandLine line = new CommandLine(new KioskCommand(System.getenv()));
        int exit = line.execute(args);
        KioskConfig config = line.getExecutionResult();
        if (exit != 0 || config == null) {
            System.exit(exit);
        }
        KioskApp.launch(config);
    }
}
