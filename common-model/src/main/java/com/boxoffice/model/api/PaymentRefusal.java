package com.boxoffice.model.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of a payment that did not go through: the code, a sentence for people, and the ids
 * a client needs to go on, such as the booking that already paid the reservation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentRefusal(String error, String message, String reservationId,
                             String bookingId, String field) {
}
