package com.boxoffice.model.api;

import com.boxoffice.model.WaitStatus;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A waiting customer's place: the position counts from 1 while waiting; an offer comes with
 * {@link WaitStatus#SEATS_AVAILABLE}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WaitlistView(String waitId, long showId, WaitStatus status, Integer position,
                           int seatCount, Offer offer) {
}
