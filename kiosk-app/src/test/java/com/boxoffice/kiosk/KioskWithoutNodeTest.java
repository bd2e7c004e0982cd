package com.boxoffice.kiosk;

import com.boxoffice.kiosk.config.KioskConfig;
import com.boxoffice.kiosk.flow.PlainWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a customer sees when no booking node answers at any of the kiosk's addresses.
 */
class KioskWithoutNodeTest {

    private KioskOnStage kiosk;

    @AfterEach
    void closeKiosk() throws Exception {
        kiosk.close();
    }

    @Test
    void saysInPlainWordsThatTheBookingSystemCannotBeReached() throws Exception {
        kiosk = KioskOnStage.open(config(Duration.ofSeconds(90)));
        KioskDriver customer = kiosk.driver();

        customer.touch("start");

        String message = customer.waitForText("status-message", "can't be reached");
        assertThat(message).isEqualTo(PlainWords.UNREACHABLE);
        assertThat(customer.showing("retry")).isTrue();
        customer.screenshot("12-node-unreachable");
    }

    @Test
    void returnsToTheAttractScreenWhenNobodyTouchesIt() throws Exception {
        kiosk = KioskOnStage.open(config(Duration.ofSeconds(2)));
        KioskDriver customer = kiosk.driver();
        customer.touch("start");
        customer.waitFor("back");

        customer.waitFor("start");

        assertThat(customer.showing("back")).isFalse();
    }

    private static KioskConfig config(Duration idle) throws IOException {
        List<URI> nowhere = List.of(URI.create("http://127.0.0.1:" + closedPort()),
                URI.create("http://127.0.0.1:" + closedPort()));
        return new KioskConfig(nowhere, "no-key", null, idle, 10, false);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
