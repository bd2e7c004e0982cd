package com.boxoffice.kiosk.flow;

import com.boxoffice.model.TicketType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many seats a customer wants and who they are for.
 */
public record TicketChoice(int adults, int children, int concessions) {

    public TicketChoice {
        if (adults < 0 || children < 0 || concessions < 0) {
            throw new IllegalArgumentException("ticket counts cannot be negative");
        }
    }

    public int seatCount() {
        return adults + children + concessions;
    }

    /**
     * Gives the chosen seats their ticket types: adults first, then children, then
     * concessions; adult seats are left out, as the API sells unnamed seats as adult.
     */
    public Map<String, TicketType> typesFor(List<String> seats) {
        List<TicketType> types = new ArrayList<>();
        types.addAll(java.util.Collections.nCopies(adults, TicketType.ADULT));
        types.addAll(java.util.Collections.nCopies(children, TicketType.CHILD));
        types.addAll(java.util.Collections.nCopies(concessions, TicketType.CONCESSION));

        Map<String, TicketType> named = new LinkedHashMap<>();
        for (int i = 0; i < seats.size() && i < types.size(); i++) {
            if (types.get(i) != TicketType.ADULT) {
                named.put(seats.get(i), types.get(i));
            }
        }
        return named;
    }
}
