package com.boxoffice.node.booking;

import com.boxoffice.model.Money;
import com.boxoffice.model.TicketType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One seat of a booking; its code is what the QR code on the ticket carries. Tickets are kept
 * after a cancellation, for the booking's history.
 */
@Entity
@Table(name = "tickets")
public class Ticket {

    @Id
    private String code;

    @Column(name = "show_id", nullable = false)
    private long showId;

    @Column(name = "seat_label", nullable = false)
    private String seat;

    @Enumerated(EnumType.STRING)
    @Column(name = "ticket_type", nullable = false)
    private TicketType ticketType;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(nullable = false)
    private String currency;

    protected Ticket() {
    }

    Ticket(String code, long showId, String seat, TicketType ticketType, Money price) {
        this.code = code;
        this.showId = showId;
        this.seat = seat;
        this.ticketType = ticketType;
        this.priceMinor = price.amountMinor();
        this.currency = price.currency();
    }

    public String code() {
        return code;
    }

    public String seat() {
        return seat;
    }

    public TicketType ticketType() {
        return ticketType;
    }

    public Money price() {
        return Money.of(priceMinor, currency);
    }
}
