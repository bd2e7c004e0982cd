package com.boxoffice.node.apikey;

/**
 * What a key is for and how much it may do.
 *
 * @param requestsPerMinute the quota; null means no quota
 * @param seatCap           the most seats the key may hold at once; null means no cap
 */
public record KeyTerms(String name, String owner, Integer requestsPerMinute, Integer seatCap) {

    public KeyTerms {
        requireText("name", name);
        requireText("owner", owner);
        requirePositive("quota", requestsPerMinute);
        requirePositive("seat cap", seatCap);
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a key needs a " + what);
        }
    }

    private static void requirePositive(String what, Integer value) {
        if (value != null && value <= 0) {
            throw new IllegalArgumentException("the " + what + " must be positive, was " + value);
        }
    }

    public boolean hasQuota() {
        return requestsPerMinute != null;
    }

    public boolean hasSeatCap() {
        return seatCap != null;
    }
}
