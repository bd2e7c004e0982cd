package com.boxoffice.kiosk.waiting;

import com.boxoffice.kiosk.api.WaitResult;
import com.boxoffice.kiosk.api.EventStream;
import com.boxoffice.kiosk.flow.CustomerSession;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.PlainWords;
import com.boxoffice.kiosk.flow.ScreenStatus;
import com.boxoffice.model.api.Offer;
import com.boxoffice.model.api.ReservationView;
import com.boxoffice.model.api.WaitlistRequest;
import com.boxoffice.model.api.WaitlistView;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The customer's wait for held seats: puts them in line, follows their place live, and moves
 * them on to the seat map once seats are offered, or tells them plainly why the wait ended.
 */
public final class WaitingViewModel {

    private final KioskFlow flow;
    private final CustomerSession session;
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("…");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper inLine = new ReadOnlyBooleanWrapper(true);
    private final ScreenStatus status = new ScreenStatus();
    private EventStream<WaitlistView> events;
    private boolean offerTaken;

    public WaitingViewModel(KioskFlow flow) {
        this.flow = flow;
        this.session = flow.session();
        message.set(PlainWords.waitingFor(seatCount()));
    }

    /** Joins the line, or follows the place already taken. */
    public void load() {
        session.waitId().ifPresentOrElse(this::listen, this::join);
    }

    private void join() {
        status.working();
        WaitlistRequest request = new WaitlistRequest(session.id(), seatCount());
        long showId = session.show().id();
        flow.background().run(() -> flow.api().joinWaitlist(showId, request), this::joined,
                failure -> status.failed(failure, this::join));
    }

    private void joined(WaitResult result) {
        switch (result) {
            case WaitResult.Waiting waiting -> {
                status.done();
                flow.waiting(session, waiting.place().waitId());
                show(waiting.place());
                listen(waiting.place().waitId());
            }
            case WaitResult.Refused refused -> ended(PlainWords.forWaitRefusal(refused.error()));
        }
    }

    private void listen(String waitId) {
        if (events == null && session.waitId().isPresent()) {
            events = flow.api().waitlistEvents(waitId,
                    place -> flow.background().onScreenThread(() -> show(place)));
        }
    }

    private void show(WaitlistView place) {
        switch (place.status()) {
            case WAITING -> {
                position.set(String.valueOf(place.position()));
                message.set(PlainWords.waitingFor(seatCount()));
            }
            case SEATS_AVAILABLE -> takeOffer(place.offer());
            case EXPIRED -> ended(PlainWords.WAIT_EXPIRED);
            case CANNOT_BE_SERVED -> ended(PlainWords.WAIT_CANNOT_BE_SERVED);
            case CANCELLED -> ended(PlainWords.WAIT_CANCELLED);
        }
    }

    private void takeOffer(Offer offer) {
        if (offerTaken || offer == null) {
            return;
        }
        offerTaken = true;
        status.working();
        flow.background().run(() -> flow.api().reservation(offer.reservationId()),
                this::offered, failure -> {
                    offerTaken = false;
                    status.failed(failure, () -> takeOffer(offer));
                });
    }

    private void offered(ReservationView reservation) {
        leave();
        flow.offered(session, reservation);
    }

    private void ended(String why) {
        leave();
        flow.waitEnded();
        inLine.set(false);
        position.set("–");
        message.set(why);
        status.done();
    }

    /** Stops waiting (or, once the wait ended, goes on) and goes back to the shows. */
    public void cancel() {
        leave();
        flow.stopWaiting();
    }

    /** Stops following the place; the customer has left the screen. */
    public void leave() {
        if (events != null) {
            events.close();
            events = null;
        }
    }

    public int seatCount() {
        return session.tickets().seatCount();
    }

    public String showLine() {
        return session.movie().title() + "  ·  " + session.cinema().name();
    }

    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** False once the wait ended without seats. */
    public ReadOnlyBooleanProperty inLineProperty() {
        return inLine.getReadOnlyProperty();
    }

    public ScreenStatus status() {
        return status;
    }
}
