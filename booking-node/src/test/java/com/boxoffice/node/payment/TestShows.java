package com.boxoffice.node.payment;

import com.boxoffice.model.HallRef;
import com.boxoffice.model.Money;
import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.TicketType;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A catalog of shows made up by a test. */
final class TestShows implements ShowCatalog {

    private final Map<Long, ShowSnapshot> shows = new ConcurrentHashMap<>();

    /** A show in a hall of rows A and B (regular) and C (premium), four seats each. */
    ShowSnapshot add(long showId, Instant startsAt) {
        return add(showId, SeatLayout.parse("A RRRR\nB RRRR\nC PPPP"), startsAt);
    }

    ShowSnapshot add(long showId, SeatLayout layout, Instant startsAt) {
        ShowSnapshot show = new ShowSnapshot(showId, 7, "The Long Night", 3, "Cinema Aurora",
                new HallRef(11, "Hall 1"), layout,
                Map.of(SeatType.REGULAR, Money.of(1200, "EUR"),
                        SeatType.PREMIUM, Money.of(1600, "EUR"),
                        SeatType.ACCESSIBLE, Money.of(1200, "EUR")),
                Map.of(TicketType.CHILD, 25), 700, startsAt, startsAt.plusSeconds(7200),
                ZoneId.of("Europe/Berlin"));
        shows.put(showId, show);
        return show;
    }

    @Override
    public Optional<ShowSnapshot> show(long showId) {
        return Optional.ofNullable(shows.get(showId));
    }
}
