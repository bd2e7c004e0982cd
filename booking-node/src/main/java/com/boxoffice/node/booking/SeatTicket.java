package com.boxoffice.node.booking;

import com.boxoffice.model.Money;
import com.boxoffice.model.TicketType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One seat being paid for, with its kind of ticket and its price, as an intent remembers it so
 * that recovery can finish the booking without asking anyone.
 */
public record SeatTicket(String seat, TicketType ticketType, Money price) {

    /** Writes seats as {@code A1:ADULT:1250:EUR,A2:CHILD:875:EUR}. */
    public static String encode(List<SeatTicket> seats) {
        return seats.stream()
                .map(s -> String.join(":", s.seat, s.ticketType.name(),
                        Long.toString(s.price.amountMinor()), s.price.currency()))
                .collect(Collectors.joining(","));
    }

    public static List<SeatTicket> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(part -> part.split(":"))
                .map(f -> new SeatTicket(f[0], TicketType.valueOf(f[1]),
                        Money.of(Long.parseLong(f[2]), f[3])))
                .toList();
    }
}
