package com.boxoffice.kiosk.attract;

import com.boxoffice.kiosk.flow.KioskFlow;
import javafx.fxml.FXML;

/**
 * The screen a kiosk shows while nobody uses it: a touch anywhere starts a sale.
 */
public final class AttractController {

    private final KioskFlow flow;
    private boolean started;

    public AttractController(KioskFlow flow) {
        this.flow = flow;
    }

    @FXML
    void start() {
        if (!started) {
            started = true;
            flow.begin();
        }
    }
}
