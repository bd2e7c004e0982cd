package com.boxoffice.kiosk.payment;

import com.boxoffice.kiosk.api.PaymentResult;
import com.boxoffice.kiosk.flow.CustomerSession;
import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.PlainWords;
import com.boxoffice.kiosk.flow.Screen;
import com.boxoffice.kiosk.flow.ScreenStatus;
import com.boxoffice.model.api.BookingView;
import com.boxoffice.model.api.PaymentMethod;
import com.boxoffice.model.api.PaymentRequest;
import com.boxoffice.model.api.ReservationView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.UUID;

/**
 * Card entry on the demo terminal's keypad and paying the hold. Each attempt has its own
 * idempotency key, so a repeated send never charges twice and a new card is a new attempt.
 */
public final class PaymentViewModel {

    static final int MIN_DIGITS = 12;
    static final int MAX_DIGITS = 19;

    private final KioskFlow flow;
    private final CustomerSession session;
    private final ReadOnlyStringWrapper digits = new ReadOnlyStringWrapper("");
    private final ScreenStatus status = new ScreenStatus();

    public PaymentViewModel(KioskFlow flow) {
        this.flow = flow;
        this.session = flow.session();
    }

    public void type(char digit) {
        if (Character.isDigit(digit) && digits.get().length() < MAX_DIGITS) {
            digits.set(digits.get() + digit);
        }
    }

    public void erase() {
        String typed = digits.get();
        if (!typed.isEmpty()) {
            digits.set(typed.substring(0, typed.length() - 1));
        }
    }

    public void clear() {
        digits.set("");
    }

    public void pay() {
        if (status.busyProperty().get() || digits.get().length() < MIN_DIGITS) {
            return;
        }
        ReservationView held = session.reservation().orElse(null);
        if (held == null) {
            return;
        }
        PaymentRequest request = new PaymentRequest(UUID.randomUUID().toString(),
                new PaymentMethod("CARD", digits.get()));
        attempt(held.reservationId(), request);
    }

    /** Sends one attempt; trying it again after a failure repeats its key. */
    private void attempt(String reservationId, PaymentRequest request) {
        status.working();
        flow.paymentUnderWay(true);
        flow.background().run(() -> flow.api().pay(reservationId, request), this::answered,
                failure -> {
                    flow.paymentUnderWay(false);
                    status.failed(failure, () -> attempt(reservationId, request));
                });
    }

    /** A paid hold never runs out: the countdown resumes only when the hold is still open. */
    private void answered(PaymentResult result) {
        switch (result) {
            case PaymentResult.Paid paid -> flow.paid(paid.booking());
            case PaymentResult.Declined declined -> {
                clear();
                status.tell(PlainWords.DECLINED);
                flow.paymentUnderWay(false);
            }
            case PaymentResult.Interrupted interrupted -> {
                status.tell(PlainWords.INTERRUPTED);
                flow.paymentUnderWay(false);
            }
            case PaymentResult.SeatsGone gone -> flow.holdLost(PlainWords.HOLD_LAPSED);
            case PaymentResult.AlreadyPaid paid -> fetchBooking(paid.bookingId());
        }
    }

    private void fetchBooking(String bookingId) {
        status.working();
        flow.background().run(() -> flow.api().booking(bookingId), (BookingView booking) ->
                flow.paid(booking), failure -> status.failed(failure,
                () -> fetchBooking(bookingId)));
    }

    public void back() {
        flow.back(Screen.HOLD);
    }

    /** The number as typed, in groups of four: "4242 4242 42". */
    public StringBinding display() {
        return Bindings.createStringBinding(() -> {
            String typed = digits.get();
            if (typed.isEmpty()) {
                return "Enter your card number";
            }
            return typed.replaceAll("(\\d{4})(?=\\d)", "$1 ");
        }, digits);
    }

    public BooleanBinding canPay() {
        return digits.length().greaterThanOrEqualTo(MIN_DIGITS).and(status.busyProperty().not());
    }

    public String total() {
        return session.reservation().map(ReservationView::total).map(Formats::money).orElse("");
    }

    public ReadOnlyStringProperty countdown() {
        return flow.countdown().textProperty();
    }

    public ReadOnlyStringProperty digitsProperty() {
        return digits.getReadOnlyProperty();
    }

    public ScreenStatus status() {
        return status;
    }
}
