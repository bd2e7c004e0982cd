package com.boxoffice.model.api;

import com.boxoffice.model.Money;
import com.boxoffice.model.ReservationStatus;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reservation as its holder sees it; also the body of a successful hold (201).
 */
public record ReservationView(String reservationId, long showId, ReservationStatus status,
                              List<String> seats, OffsetDateTime expiresAt, Money total) {
}
