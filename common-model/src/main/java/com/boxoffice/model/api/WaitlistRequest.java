package com.boxoffice.model.api;

/**
 * Asks to wait for a number of seats of a show.
 */
public record WaitlistRequest(String sessionId, int seatCount) {
}
