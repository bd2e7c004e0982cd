package com.boxoffice.node.waitlist;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * A waiting customer's id. It names the show, {@code W<showId>-<random>}, so that the customer
 * is found on the show's ledger from the id alone, without a query.
 */
record WaitId(String waitId, long showId) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    static WaitId newFor(long showId) {
        StringBuilder id = new StringBuilder("W").append(showId).append('-');
        for (int i = 0; i < 12; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new WaitId(id.toString(), showId);
    }

    /** The id's parts, or empty when the text cannot be one of ours. */
    static Optional<WaitId> parse(String waitId) {
        if (waitId == null || !waitId.matches("W[0-9]{1,18}-[A-Z0-9]{4,40}")) {
            return Optional.empty();
        }
        String show = waitId.substring(1, waitId.indexOf('-'));
        return Optional.of(new WaitId(waitId, Long.parseLong(show)));
    }
}
