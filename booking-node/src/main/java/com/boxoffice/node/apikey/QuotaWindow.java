package com.boxoffice.node.apikey;

import java.io.Serializable;

/**
 * How many requests one API key (or sign-ins one manager's name) made in the minute that
 * started at {@code startMillis}.
 */
public record QuotaWindow(long startMillis, int count) implements Serializable {

    static final long LENGTH_MILLIS = 60_000;

    static long startOf(long nowMillis) {
        return Math.floorDiv(nowMillis, LENGTH_MILLIS) * LENGTH_MILLIS;
    }

    QuotaWindow counted() {
        return new QuotaWindow(startMillis, count + 1);
    }

    long endMillis() {
        return startMillis + LENGTH_MILLIS;
    }
}
