package com.boxoffice.kiosk.flow;

/**
 * The kiosk's screens in the order a customer meets them, each with its FXML file; the
 * managers' screens come last.
 */
public enum Screen {
    ATTRACT("attract/attract.fxml"),
    CITY("city/city.fxml"),
    MOVIE("movie/movie.fxml"),
    SHOW("show/show.fxml"),
    TICKETS("tickets/tickets.fxml"),
    SEAT_MAP("seatmap/seatmap.fxml"),
    WAITING("waiting/waiting.fxml"),
    HOLD("hold/hold.fxml"),
    PAYMENT("payment/payment.fxml"),
    TICKET("ticket/ticket.fxml"),
    MANAGER_SIGN_IN("manager/signin.fxml"),
    SALES("manager/sales.fxml"),
    ADD_MOVIE("manager/addmovie.fxml"),
    SCHEDULE_SHOW("manager/schedule.fxml");

    private final String fxml;

    Screen(String fxml) {
        this.fxml = fxml;
    }

    /** The FXML file, relative to the kiosk's resource package. */
    public String fxml() {
        return fxml;
    }
}
