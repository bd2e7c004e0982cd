package com.boxoffice.bench.seatmap;

import com.boxoffice.kiosk.Kiosk;
import com.boxoffice.kiosk.seatmap.SeatMapView;
import com.boxoffice.model.Money;
import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.api.SeatView;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The kiosk's own seat-map component on a headless stage the size of a kiosk's screen, styled
 * with the kiosk's stylesheet. "On screen" means drawn: a snapshot of the scene, which runs
 * CSS, layout and the software renderer, as a pulse does before pixels reach the display.
 */
final class SeatMapStage {

    private final Scene scene;
    private final SeatMapView view;

    private SeatMapStage(Scene scene, SeatMapView view) {
        this.scene = scene;
        this.view = view;
    }

    static SeatMapStage open() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        return onFx(() -> {
            SeatMapView map = new SeatMapView();
            StackPane root = new StackPane(map);
            root.getStyleClass().add("kiosk");
            Scene kioskScene = new Scene(root, Kiosk.WIDTH, Kiosk.HEIGHT);
            kioskScene.getStylesheets().add(Kiosk.class.getResource("kiosk.css")
                    .toExternalForm());
            Stage stage = new Stage();
            stage.setScene(kioskScene);
            stage.show();
            return new SeatMapStage(kioskScene, map);
        });
    }

    /** A rectangular hall of regular seats with the given statuses' first seat held. */
    static List<SeatView> hall(int rows, int seatsPerRow) {
        Money price = Money.of(1250, "EUR");
        return SeatLayout.rectangle(rows, seatsPerRow).seats().stream()
                .map(seat -> new SeatView(seat.label(), seat.row(), seat.number(), seat.type(),
                        price, SeatStatus.AVAILABLE, seat.x(), seat.y()))
                .toList();
    }

    /** Nanoseconds to build the hall's nodes, to style and lay them out, and to draw them. */
    record Drawing(long build, long layout, long render) {

        long total() {
            return build + layout + render;
        }
    }

    /** From handing the hall to the component to its drawn frame, in three steps. */
    Drawing drawHall(List<SeatView> hall) throws Exception {
        return onFx(() -> {
            long started = System.nanoTime();
            view.showHall(hall);
            long built = System.nanoTime();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            long laidOut = System.nanoTime();
            scene.snapshot(null);
            long drawn = System.nanoTime();
            return new Drawing(built - started, laidOut - built, drawn - laidOut);
        });
    }

    /**
     * Nanoseconds from a seat-status event arriving on a background thread (where the kiosk's
     * event stream reads it) to the next pulse having laid the changed seat out; the renderer
     * then paints only that dirty region.
     */
    long changeSeatToPulse(String seat, SeatStatus status) throws Exception {
        CompletableFuture<Long> laidOut = new CompletableFuture<>();
        Runnable listener = () -> laidOut.complete(System.nanoTime());
        long received = System.nanoTime();
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener);
            view.showStatus(seat, status);
        });
        long done = laidOut.get(60, TimeUnit.SECONDS);
        Platform.runLater(() -> scene.removePostLayoutPulseListener(listener));
        return done - received;
    }

    /**
     * Nanoseconds from a seat-status event arriving on a background thread to a whole frame
     * drawn with the changed seat (a snapshot renders the full scene, not only what changed).
     */
    long changeSeat(String seat, SeatStatus status) throws Exception {
        long received = System.nanoTime();
        return onFx(() -> {
            view.showStatus(seat, status);
            scene.snapshot(null);
            return System.nanoTime() - received;
        });
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the JavaFX thread failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer in two minutes", e);
        }
    }
}
