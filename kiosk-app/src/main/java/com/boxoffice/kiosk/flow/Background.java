package com.boxoffice.kiosk.flow;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs calls to the booking nodes on virtual threads and hands their results back to the
 * JavaFX thread, so that the screen never waits on the network.
 */
public final class Background implements AutoCloseable {

    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();

    public <T> void run(Callable<T> call, Consumer<T> onResult, Consumer<Exception> onFailure) {
        work.execute(() -> {
            try {
                T result = call.call();
                Platform.runLater(() -> onResult.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Fire and forget, for calls whose answer changes nothing on screen. */
    public void run(Runnable call, Consumer<Exception> onFailure) {
        run(() -> {
            call.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    /** Hands something that happened on another thread to the JavaFX thread. */
    public void onScreenThread(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public void close() {
        work.shutdown();
    }
}
