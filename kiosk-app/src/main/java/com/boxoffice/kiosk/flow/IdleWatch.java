package com.boxoffice.kiosk.flow;

import javafx.animation.PauseTransition;

/**
 * Starts over when nobody has touched the kiosk for a while, so that the next customer never
 * finds someone else's half-finished sale.
 */
public final class IdleWatch {

    private final PauseTransition quiet;

    IdleWatch(java.time.Duration timeout, Runnable onIdle) {
        quiet = new PauseTransition(javafx.util.Duration.millis(timeout.toMillis()));
        quiet.setOnFinished(e -> onIdle.run());
    }

    /** A touch, a key or a click: the customer is still there. */
    public void touched() {
        quiet.playFromStart();
    }

    void stop() {
        quiet.stop();
    }
}
