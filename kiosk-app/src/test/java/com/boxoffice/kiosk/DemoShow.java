package com.boxoffice.kiosk;

import com.boxoffice.kiosk.api.BookingApi;
import com.boxoffice.model.Movie;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.api.CinemaShows;
import com.boxoffice.model.api.CityView;
import com.boxoffice.model.api.SeatView;
import com.boxoffice.model.api.ShowView;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A show of the demo catalog found through the public API, as a customer would find it on the
 * kiosk: a city, a film, a day of the next week, a show; and free seats of it.
 *
 * @param dayIndex which of the kiosk's seven day buttons shows the show's day
 */
record DemoShow(CityView city, Movie movie, int dayIndex, CinemaShows cinema, ShowView show) {

    static DemoShow find(BookingApi api) {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        for (CityView city : api.cities()) {
            for (Movie movie : api.movies(city.id())) {
                for (int day = 0; day < 7; day++) {
                    Optional<DemoShow> found =
                            firstShow(api, city, movie, day, today.plusDays(day));
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
        }
        throw new IllegalStateException("the demo catalog has no show in the next seven days");
    }

    private static Optional<DemoShow> firstShow(BookingApi api, CityView city, Movie movie,
                                                int day, LocalDate date) {
        for (CinemaShows cinema : api.shows(movie.id(), city.id(), date)) {
            if (!cinema.shows().isEmpty()) {
                ShowView first = cinema.shows().getFirst();
                return Optional.of(new DemoShow(city, movie, day, cinema, first));
            }
        }
        return Optional.empty();
    }

    /** Two free seats next to each other in one row, away from the ones already used. */
    List<String> twoFreeSeats(BookingApi api) {
        List<SeatView> free = api.seatMap(show.id()).seats().stream()
                .filter(seat -> seat.status() == SeatStatus.AVAILABLE)
                .sorted(Comparator.comparing(SeatView::y).thenComparing(SeatView::x))
                .toList();
        for (int i = 0; i + 1 < free.size(); i++) {
            SeatView left = free.get(i);
            SeatView right = free.get(i + 1);
            if (left.row().equals(right.row()) && right.number() == left.number() + 1
                    && right.x() == left.x() + 1) {
                return List.of(left.id(), right.id());
            }
        }
        throw new IllegalStateException("show " + show.id() + " has no two free seats together");
    }

    SeatStatus status(BookingApi api, String seat) {
        return api.seatMap(show.id()).seats().stream()
                .filter(view -> view.id().equals(seat))
                .map(SeatView::status)
                .findFirst()
                .orElseThrow();
    }
}
