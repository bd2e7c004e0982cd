package com.boxoffice.kiosk.manager;

import com.boxoffice.model.api.CinemaHalls;
import com.boxoffice.model.api.HallView;

/**
 * One hall to pick for a show, with the cinema it belongs to, written as a manager reads it.
 */
public record HallChoice(CinemaHalls cinema, HallView hall) {

    public String label() {
        return cinema.name() + " · " + hall.name() + " (" + hall.seatCount() + " seats)";
    }
}
