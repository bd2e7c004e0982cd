package com.boxoffice.kiosk.tickets;

import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.Screen;
import com.boxoffice.kiosk.flow.TicketChoice;
import com.boxoffice.model.api.ShowView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * How many seats, and how many of them are for children or at the concession price; the rest
 * are adult tickets.
 */
public final class TicketsViewModel {

    private final KioskFlow flow;
    private final ReadOnlyIntegerWrapper seats = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper children = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper concessions = new ReadOnlyIntegerWrapper();
    private final IntegerBinding adults;

    public TicketsViewModel(KioskFlow flow) {
        this.flow = flow;
        TicketChoice earlier = flow.session().tickets();
        seats.set(Math.min(earlier.seatCount(), maxSeats()));
        children.set(earlier.children());
        concessions.set(earlier.concessions());
        fitTypesToSeats();
        adults = Bindings.createIntegerBinding(
                () -> seats.get() - children.get() - concessions.get(),
                seats, children, concessions);
    }

    public void chooseSeats(int count) {
        seats.set(Math.clamp(count, 1, maxSeats()));
        fitTypesToSeats();
    }

    public void moreChildren() {
        if (adults.get() > 0) {
            children.set(children.get() + 1);
        }
    }

    public void fewerChildren() {
        children.set(Math.max(0, children.get() - 1));
    }

    public void moreConcessions() {
        if (adults.get() > 0) {
            concessions.set(concessions.get() + 1);
        }
    }

    public void fewerConcessions() {
        concessions.set(Math.max(0, concessions.get() - 1));
    }

    public void next() {
        flow.chooseTickets(new TicketChoice(adults.get(), children.get(), concessions.get()));
    }

    public void back() {
        flow.back(Screen.SHOW);
    }

    public int maxSeats() {
        return flow.config().maxSeats();
    }

    /** Which show this is, for the heading: "Dune · Sat 5 Dec 20:15 · Cinema One". */
    public String showLine() {
        ShowView show = flow.session().show();
        return flow.session().movie().title() + "  ·  " + Formats.longDay(show.startsAt()) + "  "
                + Formats.time(show.startsAt()) + "  ·  " + flow.session().cinema().name();
    }

    private void fitTypesToSeats() {
        int overflow = children.get() + concessions.get() - seats.get();
        if (overflow > 0) {
            int fromConcessions = Math.min(overflow, concessions.get());
            concessions.set(concessions.get() - fromConcessions);
            children.set(children.get() - (overflow - fromConcessions));
        }
    }

    public ReadOnlyIntegerProperty seatsProperty() {
        return seats.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty childrenProperty() {
        return children.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty concessionsProperty() {
        return concessions.getReadOnlyProperty();
    }

    public IntegerBinding adults() {
        return adults;
    }

    /** The button that moves on: "Choose 1 seat", "Choose 3 seats". */
    public StringBinding nextLabel() {
        return Bindings.createStringBinding(() -> seats.get() == 1
                ? "Choose 1 seat  ›" : "Choose " + seats.get() + " seats  ›", seats);
    }

    public BooleanBinding noAdultsLeft() {
        return Bindings.createBooleanBinding(() -> adults.get() <= 0, adults);
    }
}
