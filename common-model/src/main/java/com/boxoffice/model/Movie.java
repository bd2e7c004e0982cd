package com.boxoffice.model;

import java.time.LocalDate;

/**
 * A film as the catalog lists it; {@code rating} is the age rating ("PG-13", "FSK 12").
 */
public record Movie(long id, String title, String description, int durationMinutes, String genre,
                    String language, LocalDate releaseDate, String country, String rating) {
}
