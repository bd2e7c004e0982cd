package com.boxoffice.kiosk.attract;

import com.boxoffice.kiosk.flow.KioskFlow;
import javafx.fxml.FXML;

/**
 * The screen a kiosk shows while nobody uses it: a touch anywhere starts a sale, except on the
 * discreet "Manager" entry in the corner, which leads to the managers' sign-in.
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

    /** The touch that pressed the entry also reaches the screen: it must not start a sale. */
    @FXML
    void manager() {
        if (!started) {
            started = true;
            flow.toManagerSignIn();
        }
    }
}
