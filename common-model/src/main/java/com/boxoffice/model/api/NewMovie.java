package com.boxoffice.model.api;

import java.time.LocalDate;

/**
 * A movie a manager adds at {@code POST /api/v1/admin/movies}; the node gives it its id.
 * {@code description} may be left out; every other field is required.
 */
public record NewMovie(String title, String description, Integer durationMinutes, String genre,
                       String language, LocalDate releaseDate, String country, String rating) {
}
