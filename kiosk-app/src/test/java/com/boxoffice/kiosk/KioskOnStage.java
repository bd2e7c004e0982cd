package com.boxoffice.kiosk;

import com.boxoffice.kiosk.config.KioskConfig;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A kiosk opened on the test's stage, headless, and closed again after the test.
 */
final class KioskOnStage implements AutoCloseable {

    private final Kiosk kiosk;
    private final KioskDriver driver;

    private KioskOnStage(Kiosk kiosk, KioskDriver driver) {
        this.kiosk = kiosk;
        this.driver = driver;
    }

    static KioskOnStage open(KioskConfig config) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<Kiosk> opened = new AtomicReference<>();
        FxToolkit.setupStage(primary -> opened.set(Kiosk.open(primary, config)));
        return new KioskOnStage(opened.get(), new KioskDriver(stage));
    }

    KioskDriver driver() {
        return driver;
    }

    Kiosk kiosk() {
        return kiosk;
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.setupFixture(kiosk::close);
    }
}
