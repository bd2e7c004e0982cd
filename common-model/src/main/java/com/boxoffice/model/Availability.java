package com.boxoffice.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How full one kind of seat of a show is, in the words the search results use.
 */
public enum Availability {
    AVAILABLE("Available"),
    ALMOST_FULL("Almost Full"),
    FULL("Full");

    private final String label;

    Availability(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** Almost full once fewer than a tenth of the seats (and at most 20) are left. */
    public static Availability of(long free, long total) {
        if (free <= 0) {
            return FULL;
        }
        long threshold = Math.max(1, Math.min(20, total / 10));
        return free <= threshold ? ALMOST_FULL : AVAILABLE;
    }
}
