package com.boxoffice.kiosk.seatmap;

import com.boxoffice.kiosk.api.HoldResult;
import com.boxoffice.kiosk.api.EventStream;
import com.boxoffice.kiosk.flow.CustomerSession;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.PlainWords;
import com.boxoffice.kiosk.flow.Screen;
import com.boxoffice.kiosk.flow.ScreenStatus;
import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.SeatBlock;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.model.api.SeatChange;
import com.boxoffice.model.api.SeatEvent;
import com.boxoffice.model.api.SeatMap;
import com.boxoffice.model.api.SeatView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.List;
import java.util.Optional;

/**
 * The live seat map of the chosen show: the seats' statuses follow the show's seat events,
 * the customer picks as many seats as they asked for, and holding them is one command.
 */
public final class SeatMapViewModel {

    private final KioskFlow flow;
    private final CustomerSession session;
    private final ReadOnlyObjectWrapper<SeatMap> map = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, SeatStatus> statuses = FXCollections.observableHashMap();
    private final ObservableMap<String, SeatStatus> statusesView =
            FXCollections.unmodifiableObservableMap(statuses);
    private final ObservableList<String> selected = FXCollections.observableArrayList();
    private final ObservableList<String> selectedView =
            FXCollections.unmodifiableObservableList(selected);
    private final ObservableList<SeatBlock> alternatives = FXCollections.observableArrayList();
    private final ObservableList<SeatBlock> alternativesView =
            FXCollections.unmodifiableObservableList(alternatives);
    private final ReadOnlyBooleanWrapper canWait = new ReadOnlyBooleanWrapper(false);
    private final ScreenStatus status = new ScreenStatus();
    private final Optional<String> notice;
    private EventStream<SeatEvent> events;
    private boolean holding;
    private boolean refusedForOthers;
    private final ChangeListener<Boolean> offerWatch = (property, before, now) -> {
        if (before && !now) {
            offerGone();
        }
    };

    public SeatMapViewModel(KioskFlow flow) {
        this.flow = flow;
        this.session = flow.session();
        this.notice = flow.takeNotice();
        // Seats offered after waiting are already held: they come chosen.
        if (session.holdsOffer()) {
            session.reservation().ifPresent(offer -> selected.setAll(offer.seats()));
        }
        flow.offerHeldProperty().addListener(offerWatch);
    }

    /** Loads the seats and starts following their changes. */
    public void load() {
        status.working();
        long showId = session.show().id();
        flow.background().run(() -> flow.api().seatMap(showId), this::showMap,
                failure -> status.failed(failure, this::load));
        if (events == null) {
            events = flow.api().seatEvents(showId,
                    event -> flow.background().onScreenThread(() -> apply(event)),
                    () -> flow.background().onScreenThread(this::reloadStatuses));
        }
    }

    /** A touch on a seat: picks a free seat, or gives back one already picked. */
    public void touch(String seat) {
        if (holding || session.holdsOffer()) {
            return;
        }
        if (selected.remove(seat)) {
            return;
        }
        if (statuses.get(seat) != SeatStatus.AVAILABLE) {
            return;
        }
        if (selected.size() >= seatCount()) {
            selected.removeFirst();
        }
        selected.add(seat);
        alternatives.clear();
    }

    /** Picks one of the blocks the node offered instead of taken seats. */
    public void takeAlternative(SeatBlock block) {
        selected.setAll(block.seats());
        alternatives.clear();
        canWait.set(false);
        status.clear();
    }

    public void hold() {
        if (holding || selected.size() != seatCount()) {
            return;
        }
        if (session.holdsOffer()) {
            leave();
            flow.held(session, session.reservation().orElseThrow());
            return;
        }
        holding = true;
        status.working();
        canWait.set(false);
        List<String> seats = List.copyOf(selected);
        ReserveSeatsRequest request = new ReserveSeatsRequest(session.id(), seats,
                session.tickets().typesFor(seats));
        long showId = session.show().id();
        flow.background().run(() -> flow.api().reserve(showId, request), this::held,
                failure -> {
                    holding = false;
                    status.failed(failure, this::hold);
                });
    }

    public void back() {
        flow.back(Screen.TICKETS);
    }

    /** Every seat the customer could take is held by others: wait in line for some. */
    public void waitForSeats() {
        leave();
        flow.waitForSeats();
    }

    /** Stops following the seats; the customer has left the screen. */
    public void leave() {
        flow.offerHeldProperty().removeListener(offerWatch);
        if (events != null) {
            events.close();
            events = null;
        }
    }

    private void held(HoldResult result) {
        holding = false;
        switch (result) {
            case HoldResult.Held held -> {
                leave();
                flow.held(session, held.reservation());
            }
            case HoldResult.Refused refused -> refused(refused);
        }
    }

    /** Says why, offers what the node offered, and lets go of the seats that are gone. */
    private void refused(HoldResult.Refused refusal) {
        status.tell(PlainWords.forRefusal(refusal.reason()));
        refusedForOthers = refusal.reason() == RefusalReason.HELD_BY_OTHERS && refusal.canWait();
        updateCanWait();
        alternatives.setAll(refusal.alternatives());
        long showId = session.show().id();
        flow.background().run(() -> flow.api().seatMap(showId), loaded -> {
            updateStatuses(loaded);
            selected.removeIf(seat -> statuses.get(seat) != SeatStatus.AVAILABLE);
        }, failure -> { });
    }

    private void showMap(SeatMap loaded) {
        status.done();
        updateStatuses(loaded);
        map.set(loaded);
        selected.removeIf(seat -> statuses.get(seat) != SeatStatus.AVAILABLE && !ours(seat));
        notice.ifPresent(status::tell);
        updateCanWait();
    }

    /**
     * Waiting helps when fewer seats are free than the customer asked for, but enough are
     * only held by others, whether or not a hold was tried.
     */
    private void updateCanWait() {
        long free = statuses.values().stream().filter(s -> s == SeatStatus.AVAILABLE).count();
        long held = statuses.values().stream().filter(s -> s == SeatStatus.HELD).count();
        boolean heldByOthers = free < seatCount() && free + held >= seatCount();
        canWait.set(!session.holdsOffer() && (refusedForOthers || heldByOthers));
    }

    /** Seats offered to this customer are theirs to take, not someone else's hold. */
    private SeatStatus asSeen(String seat, SeatStatus status) {
        return status == SeatStatus.HELD && ours(seat) ? SeatStatus.AVAILABLE : status;
    }

    private boolean ours(String seat) {
        return session.holdsOffer()
                && session.reservation().map(r -> r.seats().contains(seat)).orElse(false);
    }

    /** The offered seats ran out or were given back: the customer picks like anybody. */
    private void offerGone() {
        selected.clear();
        flow.takeNotice().ifPresent(status::tell);
        reloadStatuses();
    }

    /** After the seat events broke off: catches up on what was missed meanwhile. */
    private void reloadStatuses() {
        long showId = session.show().id();
        flow.background().run(() -> flow.api().seatMap(showId), loaded -> {
            updateStatuses(loaded);
            tellOfLostChoices();
        }, failure -> { });
    }

    private void updateStatuses(SeatMap loaded) {
        loaded.seats().forEach(seat -> statuses.put(seat.id(), asSeen(seat.id(), seat.status())));
        updateCanWait();
    }

    private void apply(SeatEvent event) {
        if (events == null) {
            return;
        }
        for (SeatChange change : event.seats()) {
            if (change.status() != null) {
                statuses.put(change.id(), asSeen(change.id(), change.status()));
            }
        }
        tellOfLostChoices();
        updateCanWait();
    }

    /**
     * A chosen seat was taken by someone else. It stays chosen, marked as taken, so that the
     * customer sees which one went; holding then brings the node's other seats together.
     */
    private void tellOfLostChoices() {
        if (holding) {
            return;
        }
        List<String> lost = selected.stream()
                .filter(seat -> statuses.get(seat) != SeatStatus.AVAILABLE && !ours(seat))
                .toList();
        if (!lost.isEmpty()) {
            status.tell("Sorry, " + String.join(", ", lost)
                    + (lost.size() == 1 ? " was" : " were") + " just taken by someone else. "
                    + "Touch it to choose another seat, or hold to see other seats together.");
        }
    }

    public int seatCount() {
        return session.tickets().seatCount();
    }

    public String showLine() {
        return session.movie().title() + "  ·  " + session.cinema().name();
    }

    /** What the customer has picked so far, as "A5, A6". */
    public StringBinding choice() {
        return Bindings.createStringBinding(() -> selected.isEmpty()
                ? "None yet" : String.join(", ", selected), selected);
    }

    public StringBinding instruction() {
        return Bindings.createStringBinding(() -> {
            int left = seatCount() - selected.size();
            if (left <= 0 && session.holdsOffer()) {
                return "Held for you after your wait. Continue to pay.";
            }
            if (left <= 0) {
                return "All set. Hold these seats while you pay.";
            }
            return "Touch " + left + (left == 1 ? " more seat" : " more seats") + " on the map.";
        }, selected);
    }

    public BooleanBinding ready() {
        return Bindings.size(selected).isEqualTo(seatCount()).and(status.busyProperty().not());
    }

    public Optional<SeatView> seat(String id) {
        SeatMap loaded = map.get();
        return loaded == null ? Optional.empty()
                : loaded.seats().stream().filter(seat -> seat.id().equals(id)).findFirst();
    }

    public ReadOnlyObjectProperty<SeatMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public ObservableMap<String, SeatStatus> statuses() {
        return statusesView;
    }

    public ObservableList<String> selected() {
        return selectedView;
    }

    public ObservableList<SeatBlock> alternatives() {
        return alternativesView;
    }

    /** The time left on seats offered after waiting. */
    public ReadOnlyStringProperty offerCountdown() {
        return flow.countdown().textProperty();
    }

    public ReadOnlyBooleanProperty offerHeldProperty() {
        return flow.offerHeldProperty();
    }

    public ReadOnlyBooleanProperty canWaitProperty() {
        return canWait.getReadOnlyProperty();
    }

    public ScreenStatus status() {
        return status;
    }
}
