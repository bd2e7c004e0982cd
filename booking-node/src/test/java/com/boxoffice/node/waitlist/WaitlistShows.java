package com.boxoffice.node.waitlist;

import com.boxoffice.model.HallRef;
import com.boxoffice.model.Money;
import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.TicketType;
import com.boxoffice.node.catalog.ShowCatalog;
import com.boxoffice.node.catalog.ShowSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A catalog of shows made up by a test: rectangular halls of regular seats at 10 EUR, starting
 * tomorrow.
 */
final class WaitlistShows implements ShowCatalog {

    private final Map<Long, ShowSnapshot> shows = new ConcurrentHashMap<>();

    ShowSnapshot add(long showId, int rows, int perRow) {
        Instant startsAt = Instant.now().plus(Duration.ofDays(1));
        ShowSnapshot show = new ShowSnapshot(showId, 1, "Test movie", 1, "Test cinema",
                new HallRef(1, "Hall 1"), SeatLayout.rectangle(rows, perRow),
                Map.of(SeatType.REGULAR, Money.of(1000, "EUR"),
                        SeatType.PREMIUM, Money.of(1400, "EUR"),
                        SeatType.ACCESSIBLE, Money.of(1000, "EUR")),
                Map.of(TicketType.CHILD, 30), 1900, startsAt,
                startsAt.plus(Duration.ofHours(2)), ZoneId.of("Europe/Berlin"));
        shows.put(showId, show);
        return show;
    }

    @Override
    public Optional<ShowSnapshot> show(long showId) {
        return Optional.ofNullable(shows.get(showId));
    }
}
