package com.boxoffice.kiosk.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one kiosk is set up: the nodes it talks to (in failover order), its API key, the city it
 * stands in, how long it waits for a touch before starting over, and the most seats per sale.
 *
 * @param city a city id or name to preselect, or null to let the customer choose
 */
public record KioskConfig(List<URI> nodeUrls, String apiKey, String city, Duration idleTimeout,
                          int maxSeats, boolean fullScreen) {

    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(90);
    public static final int DEFAULT_MAX_SEATS = 10;

    public KioskConfig {
        nodeUrls = List.copyOf(nodeUrls);
        if (nodeUrls.isEmpty()) {
            throw new IllegalArgumentException("at least one node URL is needed");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "the idle time must be positive, was " + idleTimeout);
        }
        if (maxSeats < 1) {
            throw new IllegalArgumentException("max seats must be at least 1, was " + maxSeats);
        }
    }

    public Optional<String> preselectedCity() {
        return Optional.ofNullable(city).filter(name -> !name.isBlank());
    }

    public KioskConfig withIdleTimeout(Duration timeout) {
        return new KioskConfig(nodeUrls, apiKey, city, timeout, maxSeats, fullScreen);
    }
}
