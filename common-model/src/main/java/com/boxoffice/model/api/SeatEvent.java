package com.boxoffice.model.api;

import java.util.List;

/**
 * The data of a {@code seats} server-sent event: the seats of one show that changed.
 */
public record SeatEvent(long showId, List<SeatChange> seats) {
}
