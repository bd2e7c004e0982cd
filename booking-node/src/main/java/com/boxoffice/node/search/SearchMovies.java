package com.boxoffice.node.search;

import com.boxoffice.model.api.SearchResponse;
import com.boxoffice.model.api.SearchRow;
import com.boxoffice.model.api.SearchSeat;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * SearchMovies: one flat row per show on sale that matches, with its movie, its cinema, its
 * distance from the given position and how full each kind of seat is.
 */
public final class SearchMovies {

    /** A keyword that finds fewer shows than this gets spelling suggestions, if asked. */
    static final int FEW_RESULTS = 3;

    private final ShowSearch shows;
    private final SeatAvailability availability;
    private final SpellingSuggestions spelling;
    private final Clock clock;

    public SearchMovies(DataSource dataSource, HeldSeats heldSeats, Clock clock) {
        this.shows = new ShowSearch(dataSource);
        this.availability = new SeatAvailability(dataSource, heldSeats);
        this.spelling = new SpellingSuggestions(dataSource, clock);
        this.clock = clock;
    }

    SearchResponse search(SearchQuery query) {
        ShowSearch.Page page = shows.find(query, clock.instant());

        Map<Long, Long> hallByShow = new LinkedHashMap<>();
        page.shows().forEach(show -> hallByShow.put(show.showId(), show.hallId()));
        Map<Long, List<SearchSeat>> seats = availability.of(hallByShow);
        List<SearchRow> rows = page.shows().stream()
                .map(show -> row(show, seats.getOrDefault(show.showId(), List.of())))
                .toList();

        boolean suggest = query.spellcheck() && query.hasKeyword() && page.total() < FEW_RESULTS;
        List<String> suggestions = suggest ? spelling.suggest(query.keyword()) : List.of();
        return new SearchResponse(query.page(), query.resultsPerPage(), page.total(), rows,
                suggestions);
    }

    private static SearchRow row(ShowSearch.FoundShow show, List<SearchSeat> seats) {
        ZoneId zone = ZoneId.of(show.timeZone());
        return new SearchRow(show.movieId(), show.showId(), show.title(), show.description(),
                show.durationMinutes(), show.genre(), show.language(), show.releaseDate(),
                show.country(), show.cinemaId(), show.cinemaName(),
                show.startsAt().atZone(zone).toOffsetDateTime(),
                show.endsAt().atZone(zone).toOffsetDateTime(), rounded(show.distanceKm()), seats);
    }

    /** To the metre: enough to tell cinemas apart, and stable across runs. */
    private static Double rounded(Double km) {
        return km == null ? null : Math.round(km * 1000) / 1000.0;
    }
}
