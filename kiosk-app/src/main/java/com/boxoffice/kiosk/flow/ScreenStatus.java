package com.boxoffice.kiosk.flow;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a screen tells the customer besides its content: that it is busy, or a message in plain
 * words, and whether trying again may help.
 */
public final class ScreenStatus {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper retryable = new ReadOnlyBooleanWrapper(false);
    private Runnable retry = () -> { };

    public void working() {
        busy.set(true);
        message.set("");
        retryable.set(false);
    }

    public void done() {
        busy.set(false);
    }

    /** Tells the customer something that does not stop them. */
    public void tell(String sentence) {
        busy.set(false);
        message.set(sentence);
        retryable.set(false);
    }

    /** A call failed: says so plainly and offers to try it again. */
    public void failed(Throwable failure, Runnable tryAgain) {
        busy.set(false);
        message.set(PlainWords.forFailure(failure));
        retry = tryAgain;
        retryable.set(true);
    }

    /** Runs the call that failed once more. */
    public void retry() {
        clear();
        retry.run();
    }

    public void clear() {
        message.set("");
        retryable.set(false);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retryableProperty() {
        return retryable.getReadOnlyProperty();
    }
}
