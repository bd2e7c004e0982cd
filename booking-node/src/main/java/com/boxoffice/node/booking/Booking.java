package com.boxoffice.node.booking;

import com.boxoffice.model.BookingStatus;
import com.boxoffice.model.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A paid reservation: its tickets, what was charged and by which payment. Its seats' claims
 * live in {@code booked_seats} while it is confirmed.
 */
@Entity
@Table(name = "bookings")
public class Booking {

    @Id
    private String id;

    @Column(name = "reservation_id", nullable = false)
    private String reservationId;

    @Column(name = "show_id", nullable = false)
    private long showId;

    @Column(name = "session_id")
    private String sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(nullable = false)
    private String currency;

    @Column(name = "payment_key", nullable = false)
    private String paymentKey;

    @Column(name = "card_last4", nullable = false)
    private String cardLast4;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @JoinColumn(name = "booking_id", nullable = false, updatable = false)
    @OrderBy("seat")
    private List<Ticket> tickets = new ArrayList<>();

    protected Booking() {
    }

    Booking(String id, String reservationId, long showId, String sessionId, Money total,
            String paymentKey, String cardLast4, List<Ticket> tickets, Instant createdAt) {
        this.id = id;
        this.reservationId = reservationId;
        this.showId = showId;
        this.sessionId = sessionId;
        this.status = BookingStatus.CONFIRMED;
        this.totalMinor = total.amountMinor();
        this.currency = total.currency();
        this.paymentKey = paymentKey;
        this.cardLast4 = cardLast4;
        this.tickets = new ArrayList<>(tickets);
        this.createdAt = createdAt;
    }

    void cancel(Instant now) {
        if (status != BookingStatus.CONFIRMED) {
            throw new IllegalStateException("booking " + id + " is already " + status);
        }
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
    }

    public String id() {
        return id;
    }

    public String reservationId() {
        return reservationId;
    }

    public long showId() {
        return showId;
    }

    public BookingStatus status() {
        return status;
    }

    public Money total() {
        return Money.of(totalMinor, currency);
    }

    public String paymentKey() {
        return paymentKey;
    }

    public List<Ticket> tickets() {
        return List.copyOf(tickets);
    }

    public List<String> seats() {
        return tickets.stream().map(Ticket::seat).toList();
    }
}
