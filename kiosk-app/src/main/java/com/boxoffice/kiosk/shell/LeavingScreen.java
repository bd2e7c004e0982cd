package com.boxoffice.kiosk.shell;

/**
 * A screen controller that has something to stop when the customer leaves it, such as a
 * stream of seat events.
 */
public interface LeavingScreen {

    void leave();
}
