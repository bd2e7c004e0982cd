package com.boxoffice.model;

/**
 * A booking is confirmed when paid and cancelled once refunded.
 */
public enum BookingStatus {
    CONFIRMED,
    CANCELLED
}
