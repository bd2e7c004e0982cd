package com.boxoffice.node.reservation;

import com.hazelcast.partition.PartitionAware;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The key of a reservation in the cluster. It carries the show, so that a reservation lives on
 * the partition of its show's ledger, and its id names the show, so that a reservation can be
 * found from its id alone without a query: {@code R<showId>-<random>}.
 */
public record ReservationKey(String reservationId, long showId)
        implements PartitionAware<Long>, Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** A fresh, unguessable reservation id for the show. */
    public static ReservationKey newFor(long showId) {
        return new ReservationKey("R" + showId + "-" + randomPart(), showId);
    }

    /** The random part of a reservation id, for steps that name reservations of any show. */
    public static String randomPart() {
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            part.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return part.toString();
    }

    /** The key of a reservation id, or empty when the id cannot be one of ours. */
    public static Optional<ReservationKey> parse(String reservationId) {
        if (reservationId == null || !reservationId.matches("R[0-9]{1,18}-[A-Z0-9]{4,40}")) {
            return Optional.empty();
        }
        String show = reservationId.substring(1, reservationId.indexOf('-'));
        return Optional.of(new ReservationKey(reservationId, Long.parseLong(show)));
    }

    @Override
    public Long getPartitionKey() {
        return showId;
    }
}
