package com.boxoffice.kiosk.flow;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

import java.time.Clock;
import java.time.Instant;

/**
 * Counts down the time a hold has left, from the expiry the node gave it, and says when it has
 * run out. While a payment is under way the node keeps the hold, so running out then waits
 * until the payment's answer.
 */
public final class HoldCountdown {

    private final Clock clock;
    private final Runnable onRunOut;
    private final ReadOnlyLongWrapper secondsLeft = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final Timeline ticks = new Timeline(new KeyFrame(Duration.millis(250), e -> tick()));
    private Instant expiresAt;
    private boolean paying;

    HoldCountdown(Clock clock, Runnable onRunOut) {
        this.clock = clock;
        this.onRunOut = onRunOut;
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    void start(Instant expiry) {
        expiresAt = expiry;
        paying = false;
        tick();
        ticks.play();
    }

    void stop() {
        ticks.stop();
        expiresAt = null;
        paying = false;
    }

    void paying(boolean underWay) {
        paying = underWay;
        if (!underWay) {
            tick();
        }
    }

    boolean runOut() {
        return expiresAt != null && secondsLeft.get() <= 0;
    }

    private void tick() {
        if (expiresAt == null) {
            return;
        }
        long millisLeft = expiresAt.toEpochMilli() - clock.millis();
        long seconds = Math.max(0, (millisLeft + 999) / 1000);
        secondsLeft.set(seconds);
        text.set(Formats.countdown(seconds));
        if (seconds == 0 && !paying) {
            stop();
            onRunOut.run();
        }
    }

    public ReadOnlyLongProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
