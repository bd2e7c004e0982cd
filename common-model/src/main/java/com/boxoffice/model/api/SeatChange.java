package com.boxoffice.model.api;

import com.boxoffice.model.SeatStatus;

/**
 * A seat whose status changed.
 */
public record SeatChange(String id, SeatStatus status) {
}
