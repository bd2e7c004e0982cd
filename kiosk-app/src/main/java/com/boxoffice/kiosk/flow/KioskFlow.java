package com.boxoffice.kiosk.flow;

import com.boxoffice.kiosk.api.BookingApi;
import com.boxoffice.kiosk.config.KioskConfig;
import com.boxoffice.model.Movie;
import com.boxoffice.model.api.BookingView;
import com.boxoffice.model.api.CinemaShows;
import com.boxoffice.model.api.CityView;
import com.boxoffice.model.api.ManagerSession;
import com.boxoffice.model.api.ReservationView;
import com.boxoffice.model.api.ShowView;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;

/**
 * Where the customer is in the sale and what they have chosen. Screens move the customer on
 * through this class only; it also gives holds back whenever a customer leaves them behind.
 */
public final class KioskFlow {

    private static final Logger log = LoggerFactory.getLogger(KioskFlow.class);

    private final BookingApi api;
    private final KioskConfig config;
    private final Background background;
    private final Clock clock;
    private final HoldCountdown countdown;
    private final IdleWatch idleWatch;
    private final ReadOnlyObjectWrapper<Screen> screen =
            new ReadOnlyObjectWrapper<>(Screen.ATTRACT);
    private final ReadOnlyBooleanWrapper offerHeld = new ReadOnlyBooleanWrapper(false);
    private CustomerSession session = new CustomerSession();
    private ManagerSession managerSession;
    private String notice;

    public KioskFlow(BookingApi api, KioskConfig config, Background background, Clock clock) {
        this.api = api;
        this.config = config;
        this.background = background;
        this.clock = clock;
        this.countdown = new HoldCountdown(clock, this::holdRanOut);
        this.idleWatch = new IdleWatch(config.idleTimeout(), this::idle);
    }

    public void begin() {
        session = new CustomerSession();
        go(Screen.CITY);
    }

    public void chooseCity(CityView city) {
        session.chooseCity(city);
        go(Screen.MOVIE);
    }

    public void chooseMovie(Movie movie) {
        session.chooseMovie(movie);
        go(Screen.SHOW);
    }

    public void chooseShow(CinemaShows cinema, ShowView show) {
        session.chooseShow(cinema, show);
        go(Screen.TICKETS);
    }

    public void chooseTickets(TicketChoice tickets) {
        session.chooseTickets(tickets);
        go(Screen.SEAT_MAP);
    }

    /** A hold came back; if its customer has gone meanwhile, it is given back at once. */
    public void held(CustomerSession heldFor, ReservationView reservation) {
        if (heldFor != session) {
            release(reservation.reservationId());
            return;
        }
        session.hold(reservation);
        offerHeld.set(false);
        countdown.start(reservation.expiresAt().toInstant());
        log.info("Holding {} of show {} as reservation {} until {}", reservation.seats(),
                reservation.showId(), reservation.reservationId(), reservation.expiresAt());
        go(Screen.HOLD);
    }

    /** Every seat the customer could take is held by others: they wait in line for some. */
    public void waitForSeats() {
        go(Screen.WAITING);
    }

    /** The node put the customer in line; the wait is theirs until offered, left or ended. */
    public void waiting(CustomerSession waitingFor, String waitId) {
        if (waitingFor != session) {
            leaveLine(waitId);
            return;
        }
        session.waiting(waitId);
        log.info("Waiting in line as {} for show {}", waitId, session.show().id());
    }

    /**
     * Seats were offered to the waiting customer: they are held like any hold, so the seat map
     * shows them chosen and the countdown runs.
     */
    public void offered(CustomerSession offeredTo, ReservationView reservation) {
        if (offeredTo != session) {
            release(reservation.reservationId());
            return;
        }
        session.stopWaiting();
        session.holdOffer(reservation);
        offerHeld.set(true);
        countdown.start(reservation.expiresAt().toInstant());
        notice = "Good news: " + String.join(", ", reservation.seats())
                + (reservation.seats().size() == 1 ? " is" : " are")
                + " held for you. Continue before the time runs out.";
        log.info("Offered {} of show {} as reservation {} until {}", reservation.seats(),
                reservation.showId(), reservation.reservationId(), reservation.expiresAt());
        go(Screen.SEAT_MAP);
    }

    /** The customer stops waiting and goes back to the shows. */
    public void stopWaiting() {
        session.waitId().ifPresent(this::leaveLine);
        session.stopWaiting();
        go(Screen.SHOW);
    }

    /** The wait ended without seats (expired, cannot be served): nothing is left to leave. */
    public void waitEnded() {
        session.stopWaiting();
    }

    public void toPayment() {
        go(Screen.PAYMENT);
    }

    /** The customer wants other seats: the hold is given back first. */
    public void backToSeats() {
        releaseHold();
        go(Screen.SEAT_MAP);
    }

    public void paymentUnderWay(boolean underWay) {
        countdown.paying(underWay);
    }

    public void paid(BookingView booking) {
        countdown.stop();
        session.book(booking);
        log.info("Booked {} for show {}", booking.bookingId(), booking.showId());
        go(Screen.TICKET);
    }

    /** The node says the hold is gone: back to the seat map with a word why. */
    public void holdLost(String why) {
        countdown.stop();
        session.forgetHold();
        notice = why;
        offerHeld.set(false);
        go(Screen.SEAT_MAP);
    }

    /** Going back to before the seat map never keeps a hold. */
    public void back(Screen to) {
        if (to.ordinal() < Screen.SEAT_MAP.ordinal()) {
            releaseHold();
        }
        go(to);
    }

    /** A manager touched the discreet entry on the attract screen. */
    public void toManagerSignIn() {
        managerSession = null;
        go(Screen.MANAGER_SIGN_IN);
    }

    public void managerSignedIn(ManagerSession signedIn) {
        managerSession = signedIn;
        go(Screen.SALES);
    }

    /** A signed-in manager goes to another managers' screen; without a session, to sign-in. */
    public void toManagerScreen(Screen next) {
        if (managerSession == null) {
            managerSessionEnded();
            return;
        }
        go(next);
    }

    /** The node no longer accepts the manager's session: they sign in again. */
    public void managerSessionEnded() {
        managerSession = null;
        notice = "Your session has ended. Please sign in again.";
        go(Screen.MANAGER_SIGN_IN);
    }

    /** The manager's session, while one is signed in on this kiosk. */
    public Optional<ManagerSession> managerSession() {
        return Optional.ofNullable(managerSession);
    }

    /**
     * Ends the customer's visit, or the manager's: any hold is given back, a manager is signed
     * out, and the kiosk waits for the next customer.
     */
    public void startOver() {
        // A manager who walked away must not leave the sales open to the next customer.
        managerSession = null;
        releaseHold();
        // A customer who walked away must not keep others waiting.
        session.waitId().ifPresent(this::leaveLine);
        session = new CustomerSession();
        notice = null;
        go(Screen.ATTRACT);
    }

    /** A message for the next screen to show once, such as why the customer is back there. */
    public Optional<String> takeNotice() {
        Optional<String> taken = Optional.ofNullable(notice);
        notice = null;
        return taken;
    }

    private void holdRanOut() {
        boolean offerOnMap = screen.get() == Screen.SEAT_MAP && session.holdsOffer();
        if (screen.get() == Screen.HOLD || screen.get() == Screen.PAYMENT || offerOnMap) {
            session.reservation().ifPresent(held -> release(held.reservationId()));
            holdLost(PlainWords.TIME_RAN_OUT);
        }
    }

    private void idle() {
        if (screen.get() != Screen.ATTRACT) {
            log.info("No touch for {}; starting over", config.idleTimeout());
            startOver();
        }
    }

    private void releaseHold() {
        countdown.stop();
        session.reservation().ifPresent(held -> release(held.reservationId()));
        session.forgetHold();
        offerHeld.set(false);
    }

    private void release(String reservationId) {
        background.run(() -> api.release(reservationId),
                failure -> log.warn("Could not give back hold {}; it will lapse on its own: {}",
                        reservationId, failure.toString()));
    }

    private void leaveLine(String waitId) {
        background.run(() -> api.leaveWaitlist(waitId),
                failure -> log.warn("Could not leave waiting line as {}; it ends on its own: {}",
                        waitId, failure.toString()));
    }

    private void go(Screen next) {
        screen.set(next);
        if (next == Screen.ATTRACT) {
            idleWatch.stop();
        } else {
            idleWatch.touched();
        }
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** True while seats offered after waiting are held and not yet taken to payment. */
    public ReadOnlyBooleanProperty offerHeldProperty() {
        return offerHeld.getReadOnlyProperty();
    }

    public CustomerSession session() {
        return session;
    }

    public BookingApi api() {
        return api;
    }

    public Background background() {
        return background;
    }

    public KioskConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public HoldCountdown countdown() {
        return countdown;
    }

    public IdleWatch idleWatch() {
        return idleWatch;
    }
}
