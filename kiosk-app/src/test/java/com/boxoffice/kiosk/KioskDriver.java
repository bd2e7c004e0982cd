package com.boxoffice.kiosk;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Drives a kiosk on screen the way a customer does, by the nodes' ids, and keeps a picture of
 * each screen it checks.
 */
final class KioskDriver {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final FxRobot robot = new FxRobot();
    private final Stage stage;

    KioskDriver(Stage stage) {
        this.stage = stage;
    }

    /** Waits until a node with the id is showing, then touches it. */
    KioskDriver touch(String id) {
        Node node = waitFor(id);
        await().atMost(PATIENCE).until(() -> !node.isDisabled());
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Touches the text field with the id and types the text into it, key by key. */
    KioskDriver type(String id, String text) {
        touch(id);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Picks a day on the date picker with the id, as its calendar pop-up would. */
    KioskDriver pickDate(String id, LocalDate date) {
        DatePicker picker = (DatePicker) waitFor(id);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> picker.setValue(date)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Waits until the choice box with the id offers a matching item, then picks it. */
    <T> T choose(String id, Predicate<T> which) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = (ComboBox<T>) waitFor(id);
        T item = await().atMost(PATIENCE).until(() -> box.getItems().stream().filter(which)
                .findFirst(), Optional::isPresent).orElseThrow();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> box.setValue(item)));
        WaitForAsyncUtils.waitForFxEvents();
        return item;
    }

    /** Empties the text field with the id and types the text into it. */
    KioskDriver retype(String id, String text) {
        TextInputControl field = (TextInputControl) waitFor(id);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(field::clear));
        return type(id, text);
    }

    /** Scrolls the table with the id to the row and selects it, so a picture shows it. */
    <T> KioskDriver showRow(String id, T row) {
        @SuppressWarnings("unchecked")
        TableView<T> table = (TableView<T>) waitFor(id);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(Math.max(0, table.getItems().indexOf(row) - 2));
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    Node waitFor(String id) {
        return await().atMost(PATIENCE).until(() -> find(id), Optional::isPresent).orElseThrow();
    }

    boolean showing(String id) {
        return find(id).isPresent();
    }

    /** Waits until the labelled node with the id shows text containing the words. */
    String waitForText(String id, String words) {
        return await().atMost(PATIENCE).until(() -> text(id), text -> text.contains(words));
    }

    String text(String id) {
        return find(id).filter(Labeled.class::isInstance).map(node -> ((Labeled) node).getText())
                .orElse("");
    }

    Optional<Node> find(String id) {
        return robot.lookup("#" + id).tryQuery()
                .filter(Node::isVisible)
                .filter(node -> node.getScene() == stage.getScene());
    }

    /** Saves a picture of the whole kiosk screen under the screenshots folder. */
    void screenshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = stage.getScene().getRoot();
        WritableImage image = WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)));
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        }
    }
}
