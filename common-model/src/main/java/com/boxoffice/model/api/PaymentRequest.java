package com.boxoffice.model.api;

/**
 * Pays a reservation; repeating an idempotency key repeats its answer and charges nothing.
 */
public record PaymentRequest(String idempotencyKey, PaymentMethod method) {
}
