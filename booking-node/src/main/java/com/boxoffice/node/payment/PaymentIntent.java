package com.boxoffice.node.payment;

import com.boxoffice.model.Money;
import com.boxoffice.node.booking.SeatTicket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One attempt to pay a reservation, keyed by the client's idempotency key and stored before the
 * terminal is asked, so that every attempt ends captured with a booking or voided without one.
 */
@Entity
@Table(name = "payment_intents")
public class PaymentIntent {

    @Id
    @Column(name = "idempotency_key")
    private String key;

    @Column(name = "reservation_id", nullable = false)
    private String reservationId;

    @Column(name = "show_id")
    private Long showId;

    private String seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IntentState state;

    @Column(name = "amount_minor")
    private Long amountMinor;

    private String currency;

    @Column(name = "card_last4", nullable = false)
    private String cardLast4;

    @Column(name = "authorization_id")
    private String authorizationId;

    @Column(name = "booking_id")
    private String bookingId;

    @Column(name = "answer_code")
    private String answerCode;

    @Column(name = "answer_message")
    private String answerMessage;

    @Column(name = "engine_told", nullable = false)
    private boolean engineTold;

    @Column(name = "lease_until", nullable = false)
    private Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PaymentIntent() {
    }

    PaymentIntent(String key, String reservationId, String cardLast4, Instant now,
                  Instant leaseUntil) {
        this.key = key;
        this.reservationId = reservationId;
        this.cardLast4 = cardLast4;
        this.state = IntentState.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
        this.leaseUntil = leaseUntil;
    }

    /** The reservation is pinned: remember what is being bought and for how much. */
    void pinned(long pinnedShowId, List<SeatTicket> tickets, Money amount, Instant now) {
        requireState(IntentState.PENDING);
        showId = pinnedShowId;
        seats = SeatTicket.encode(tickets);
        amountMinor = amount.amountMinor();
        currency = amount.currency();
        touch(now);
    }

    void authorized(String newAuthorizationId, Instant now) {
        requireState(IntentState.PENDING);
        authorizationId = newAuthorizationId;
        moveTo(IntentState.AUTHORIZED, now);
    }

    void booked(String newBookingId, Instant now) {
        requireState(IntentState.AUTHORIZED);
        bookingId = newBookingId;
        moveTo(IntentState.BOOKED, now);
    }

    void captured(Instant now) {
        requireState(IntentState.BOOKED);
        engineTold = false;
        moveTo(IntentState.CAPTURED, now);
    }

    void declined(String reason, Instant now) {
        requireState(IntentState.PENDING);
        answer("PAYMENT_DECLINED", reason);
        engineTold = true;
        moveTo(IntentState.DECLINED, now);
    }

    /** Nobody is charged: any authorization was voided and the engine already told. */
    void voided(String code, String message, Instant now) {
        if (!state.underWay()) {
            throw new IllegalStateException("payment " + key + " is " + state + ", not under way");
        }
        answer(code, message);
        engineTold = true;
        moveTo(IntentState.VOIDED, now);
    }

    void refused(String code, String message, String knownBookingId, Instant now) {
        requireState(IntentState.PENDING);
        answer(code, message);
        bookingId = knownBookingId;
        engineTold = true;
        moveTo(IntentState.REFUSED, now);
    }

    void refunding(Instant now) {
        requireState(IntentState.CAPTURED);
        moveTo(IntentState.REFUNDING, now);
    }

    void refunded(Instant now) {
        requireState(IntentState.REFUNDING);
        engineTold = false;
        moveTo(IntentState.REFUNDED, now);
    }

    void engineTold(Instant now) {
        engineTold = true;
        touch(now);
    }

    void leaseUntil(Instant until, Instant now) {
        leaseUntil = until;
        touch(now);
    }

    private void answer(String code, String message) {
        answerCode = code;
        answerMessage = message;
    }

    private void moveTo(IntentState next, Instant now) {
        state = next;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    private void requireState(IntentState expected) {
        if (state != expected) {
            throw new IllegalStateException(
                    "payment " + key + " is " + state + ", expected " + expected);
        }
    }

    public String key() {
        return key;
    }

    public String reservationId() {
        return reservationId;
    }

    public long showId() {
        return showId == null ? 0 : showId;
    }

    public List<SeatTicket> seats() {
        return SeatTicket.decode(seats);
    }

    public IntentState state() {
        return state;
    }

    public Money amount() {
        return Money.of(amountMinor, currency);
    }

    public String cardLast4() {
        return cardLast4;
    }

    public Optional<String> authorizationId() {
        return Optional.ofNullable(authorizationId);
    }

    public Optional<String> bookingId() {
        return Optional.ofNullable(bookingId);
    }

    public String answerCode() {
        return answerCode;
    }

    public String answerMessage() {
        return answerMessage;
    }

    public boolean engineTold() {
        return engineTold;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** What is being bought, as stored: null until the reservation is pinned. */
    Long storedShowId() {
        return showId;
    }

    String storedSeats() {
        return seats;
    }

    Long storedAmountMinor() {
        return amountMinor;
    }

    String storedCurrency() {
        return currency;
    }

    /** The version this copy was read or written at; a write expects the row to still have it. */
    long version() {
        return version;
    }

    /** This copy was written over the row it was read from, which now has the next version. */
    void written() {
        version++;
    }
}
