package com.boxoffice.kiosk.flow;

import com.boxoffice.model.Movie;
import com.boxoffice.model.api.BookingView;
import com.boxoffice.model.api.CinemaShows;
import com.boxoffice.model.api.CityView;
import com.boxoffice.model.api.ReservationView;
import com.boxoffice.model.api.ShowView;

import java.util.Optional;
import java.util.UUID;

/**
 * What one walk-up customer has chosen so far; a new customer starts a new session with a new
 * id, which is also the session id the nodes see on holds.
 */
public final class CustomerSession {

    private final String id = "kiosk-" + UUID.randomUUID();
    private CityView city;
    private Movie movie;
    private CinemaShows cinema;
    private ShowView show;
    private TicketChoice tickets = new TicketChoice(1, 0, 0);
    private ReservationView reservation;
    private BookingView booking;
    private String waitId;
    private boolean offered;

    public String id() {
        return id;
    }

    public CityView city() {
        return city;
    }

    public Movie movie() {
        return movie;
    }

    public CinemaShows cinema() {
        return cinema;
    }

    public ShowView show() {
        return show;
    }

    public TicketChoice tickets() {
        return tickets;
    }

    public Optional<ReservationView> reservation() {
        return Optional.ofNullable(reservation);
    }

    public BookingView booking() {
        return booking;
    }

    /** The customer's place on the show's waiting line, while they wait. */
    public Optional<String> waitId() {
        return Optional.ofNullable(waitId);
    }

    /** Whether the seats held now were offered to the customer after waiting. */
    public boolean holdsOffer() {
        return reservation != null && offered;
    }

    void chooseCity(CityView chosen) {
        city = chosen;
    }

    void chooseMovie(Movie chosen) {
        movie = chosen;
    }

    void chooseShow(CinemaShows at, ShowView chosen) {
        cinema = at;
        show = chosen;
    }

    void chooseTickets(TicketChoice chosen) {
        tickets = chosen;
    }

    void hold(ReservationView held) {
        reservation = held;
        offered = false;
    }

    void holdOffer(ReservationView held) {
        reservation = held;
        offered = true;
    }

    void forgetHold() {
        reservation = null;
        offered = false;
    }

    void waiting(String newWaitId) {
        waitId = newWaitId;
    }

    void stopWaiting() {
        waitId = null;
    }

    void book(BookingView paid) {
        booking = paid;
        reservation = null;
    }
}
