package com.boxoffice.kiosk;

import com.boxoffice.kiosk.api.BookingApi;
import com.boxoffice.kiosk.config.KioskConfig;
import com.boxoffice.kiosk.flow.Background;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.shell.ScreenHost;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Stage;

import java.time.Clock;

/**
 * One kiosk on one stage: the API client, the customer flow and the screens, put together.
 */
public final class Kiosk {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final KioskFlow flow;
    private final ScreenHost host;
    private final Background background;

    private Kiosk(KioskFlow flow, ScreenHost host, Background background) {
        this.flow = flow;
        this.host = host;
        this.background = background;
    }

    /** Builds the kiosk and shows its attract screen on the stage; call on the JavaFX thread. */
    public static Kiosk open(Stage stage, KioskConfig config) {
        Background background = new Background();
        BookingApi api = new BookingApi(config.nodeUrls(), config.apiKey());
        KioskFlow flow = new KioskFlow(api, config, background, Clock.systemUTC());
        ScreenHost host = new ScreenHost(flow);

        Scene scene = new Scene(host.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(Kiosk.class.getResource("kiosk.css").toExternalForm());
        watchTouches(scene, flow);

        stage.setTitle("Boxoffice");
        stage.setScene(scene);
        stage.setFullScreen(config.fullScreen());
        stage.setFullScreenExitHint("");
        stage.show();
        return new Kiosk(flow, host, background);
    }

    private static void watchTouches(Scene scene, KioskFlow flow) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> flow.idleWatch().touched());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, event -> flow.idleWatch().touched());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> flow.idleWatch().touched());
    }

    public KioskFlow flow() {
        return flow;
    }

    /** Gives back any hold and stops the screen's streams; call on the JavaFX thread. */
    public void close() {
        flow.startOver();
        host.leaveCurrent();
        background.close();
    }
}
