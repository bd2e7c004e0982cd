package com.boxoffice.kiosk;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
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
import java.util.Optional;

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
