package com.boxoffice.kiosk.hold;

import com.boxoffice.kiosk.flow.CustomerSession;
import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.model.TicketType;
import com.boxoffice.model.api.ReservationView;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The seats held for the customer, what they cost and how long the hold lasts.
 */
public final class HoldViewModel {

    private final KioskFlow flow;
    private final CustomerSession session;

    public HoldViewModel(KioskFlow flow) {
        this.flow = flow;
        this.session = flow.session();
    }

    public String movie() {
        return session.movie().title();
    }

    public String cinema() {
        return session.cinema().name();
    }

    public String hall() {
        return session.show().hall() == null ? "" : session.show().hall().name();
    }

    public String when() {
        return Formats.longDay(session.show().startsAt()) + " at "
                + Formats.time(session.show().startsAt());
    }

    /** The seats with who each is for: "A5 Adult, A6 Child". */
    public String seats() {
        Map<String, TicketType> types = session.tickets().typesFor(reservation().seats());
        return reservation().seats().stream()
                .map(seat -> seat + " " + Formats.word(types.getOrDefault(seat, TicketType.ADULT)))
                .collect(Collectors.joining(", "));
    }

    public String total() {
        return Formats.money(reservation().total());
    }

    public ReadOnlyStringProperty countdown() {
        return flow.countdown().textProperty();
    }

    public void pay() {
        flow.toPayment();
    }

    public void changeSeats() {
        flow.backToSeats();
    }

    public void cancel() {
        flow.startOver();
    }

    private ReservationView reservation() {
        return session.reservation().orElseThrow(() ->
                new IllegalStateException("the hold screen needs a hold"));
    }
}
