package com.boxoffice.model;

/**
 * Where a waiting customer stands.
 */
public enum WaitStatus {
    WAITING,
    SEATS_AVAILABLE,
    EXPIRED,
    CANNOT_BE_SERVED,
    CANCELLED
}
