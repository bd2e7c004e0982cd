package com.boxoffice.node.reservation;

import com.boxoffice.model.TicketType;
import com.boxoffice.node.catalog.ShowSnapshot;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.Echo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a hold request before any ledger is asked, so that bad input changes nothing.
 */
final class HoldRequests {

    private HoldRequests() {
    }

    /** The request's ticket types, every one naming an asked seat; 400 naming what is wrong. */
    static Map<String, TicketType> validate(ReservationEngine.HoldRequest request,
                                            ShowSnapshot show, ReservationSettings settings) {
        if (request.sessionId() == null || request.sessionId().isBlank()) {
            throw ApiException.badRequest("sessionId", "sessionId is required");
        }
        if (request.sessionId().length() > 100) {
            throw ApiException.badRequest("sessionId", "sessionId is longer than 100 characters");
        }
        checkSeats(request.seats(), show, settings.maxSeats());
        return ticketTypes(request.ticketTypes(), request.seats());
    }

    private static void checkSeats(List<String> seats, ShowSnapshot show, int maxSeats) {
        if (seats == null || seats.isEmpty()) {
            throw ApiException.badRequest("seats", "at least one seat is required");
        }
        if (seats.size() > maxSeats) {
            throw ApiException.badRequest("seats", "at most " + maxSeats
                    + " seats may be held per reservation, " + seats.size() + " were asked");
        }
        Set<String> seen = new HashSet<>();
        for (String seat : seats) {
            if (seat == null || !show.layout().contains(seat)) {
                throw ApiException.badRequest("seats", "show " + show.showId()
                        + " has no seat " + Echo.of(seat));
            }
            if (!seen.add(seat)) {
                throw ApiException.badRequest("seats", "seat " + seat + " is asked twice");
            }
        }
    }

    private static Map<String, TicketType> ticketTypes(Map<String, TicketType> asked,
                                                       List<String> seats) {
        if (asked == null) {
            return Map.of();
        }
        Map<String, TicketType> types = new HashMap<>();
        for (Map.Entry<String, TicketType> entry : asked.entrySet()) {
            if (!seats.contains(entry.getKey())) {
                throw ApiException.badRequest("ticketTypes", "ticket type given for seat "
                        + Echo.of(entry.getKey()) + ", which is not asked for");
            }
            if (entry.getValue() == null) {
                throw ApiException.badRequest("ticketTypes", "seat " + entry.getKey()
                        + " needs a ticket type");
            }
            types.put(entry.getKey(), entry.getValue());
        }
        return types;
    }
}
