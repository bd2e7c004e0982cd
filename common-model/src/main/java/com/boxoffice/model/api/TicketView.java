package com.boxoffice.model.api;

import com.boxoffice.model.Money;
import com.boxoffice.model.TicketType;

/**
 * One ticket of a booking; {@code code} is what the QR code on the ticket encodes.
 */
public record TicketView(String seat, TicketType ticketType, Money price, String code) {
}
