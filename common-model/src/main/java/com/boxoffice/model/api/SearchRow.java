package com.boxoffice.model.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One show in the search results, flat, with its movie's fields; {@code distanceKm} only when
 * the search gave a position.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchRow(long movieId, long showId, String title, String description,
                        int durationMinutes, String genre, String language,
                        LocalDate releaseDate, String country, long cinemaId, String cinemaName,
                        OffsetDateTime startsAt, OffsetDateTime endsAt, Double distanceKm,
                        List<SearchSeat> seats) {
}
