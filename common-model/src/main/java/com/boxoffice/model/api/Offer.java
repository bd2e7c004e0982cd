package com.boxoffice.model.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Seats held for a waiting customer alone until {@code expiresAt}; paid like any reservation.
 */
public record Offer(String reservationId, List<String> seats, OffsetDateTime expiresAt) {
}
