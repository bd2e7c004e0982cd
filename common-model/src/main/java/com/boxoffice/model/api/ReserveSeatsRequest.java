package com.boxoffice.model.api;

import com.boxoffice.model.TicketType;
import java.util.List;
import java.util.Map;

/**
 * Asks to hold seats of a show for a customer session; seats missing from
 * {@code ticketTypes} are sold as {@link TicketType#ADULT}.
 */
public record ReserveSeatsRequest(String sessionId, List<String> seats,
                                  Map<String, TicketType> ticketTypes) {
}
