package com.boxoffice.node.demo;

import com.boxoffice.node.catalog.ShowScheduler;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans one hall's shows for a day: from early afternoon until late evening, one after the other
 * with time to clean in between, so that shows in a hall never overlap. The plan depends only
 * on the hall and the date, so planning a day again gives the same shows.
 */
final class ShowPlanner {

    private static final LocalTime LAST_START = LocalTime.of(22, 30);
    private static final long CLEANING_MINUTES = ShowScheduler.CLEANING_GAP.toMinutes();
    private static final long MINUTES_BEFORE_FILM = ShowScheduler.BEFORE_FILM.toMinutes();

    private final int cinemaIndex;
    private final HallPlan hall;
    private final List<Long> movieIds;

    ShowPlanner(int cinemaIndex, HallPlan hall, List<Long> movieIds) {
        this.cinemaIndex = cinemaIndex;
        this.hall = hall;
        this.movieIds = movieIds;
    }

    /** A show to be: the movie and its local start and end (trailers before the film). */
    record Slot(long movieId, LocalDateTime startsAt, LocalDateTime endsAt) {
    }

    List<Slot> day(LocalDate date) {
        List<Slot> slots = new ArrayList<>();
        LocalDateTime start = date.atTime(LocalTime.of(13, 0).plusMinutes(30L * hall.number()));
        LocalDateTime lastStart = date.atTime(LAST_START);
        for (int slot = 0; !start.isAfter(lastStart); slot++) {
            int pick = (int) Math.floorMod(date.toEpochDay() * 5 + cinemaIndex * 7L
                    + hall.number() * 3L + slot, movieIds.size());
            long minutes = MINUTES_BEFORE_FILM + DemoData.MOVIES.get(pick).durationMinutes();
            LocalDateTime endsAt = start.plusMinutes(minutes);
            slots.add(new Slot(movieIds.get(pick), start, endsAt));
            start = nextQuarterHour(endsAt.plusMinutes(CLEANING_MINUTES));
        }
        return slots;
    }

    /** Rounds up to :00, :15, :30 or :45, as cinemas announce their times. */
    private static LocalDateTime nextQuarterHour(LocalDateTime time) {
        int rounded = (time.getMinute() + 14) / 15 * 15;
        return time.withMinute(0).withSecond(0).withNano(0).plusMinutes(rounded);
    }
}
