package com.boxoffice.node.catalog;

import com.boxoffice.model.Movie;
import com.boxoffice.model.api.NewMovie;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.Echo;
import com.boxoffice.node.persistence.Transactions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The managers' view of the movies: every movie, and new ones added. A new movie lands in the
 * same table that search reads, so its folded title, genre and language (generated columns)
 * make it findable by keyword as soon as it has a show.
 */
public final class MovieCatalog {

    static final int LONGEST_DURATION = 600;
    static final int LONGEST_TITLE = 200;
    static final int LONGEST_DESCRIPTION = 2000;
    static final int LONGEST_WORD = 60;

    private final Transactions transactions;

    public MovieCatalog(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Every movie, shows or not, by title. */
    public List<Movie> all() {
        return transactions.call(session -> session
                        .createSelectionQuery("select m from Movie m", MovieEntity.class)
                        .getResultList().stream()
                        .map(MovieEntity::toMovie)
                        .sorted(Comparator.comparing(Movie::title, String.CASE_INSENSITIVE_ORDER)
                                .thenComparing(Movie::releaseDate))
                        .toList());
    }

    /** Adds the movie; 400 naming a missing or bad field, 409 when it exists already. */
    public Movie add(NewMovie movie) {
        Movie valid = validated(movie);

        Optional<Long> id = transactions.callJdbc(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into movies (title, description, duration_minutes, genre, language,
                                        release_date, country, rating)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (title, release_date) do nothing
                    returning id
                    """)) {
                insert.setString(1, valid.title());
                insert.setString(2, valid.description());
                insert.setInt(3, valid.durationMinutes());
                insert.setString(4, valid.genre());
                insert.setString(5, valid.language());
                insert.setObject(6, valid.releaseDate());
                insert.setString(7, valid.country());
                insert.setString(8, valid.rating());
                try (var row = insert.executeQuery()) {
                    return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
                }
            }
        });

        long movieId = id.orElseThrow(() -> new ApiException(409, "MOVIE_EXISTS",
                "A movie titled " + Echo.of(valid.title()) + " released on "
                        + valid.releaseDate() + " is in the catalog already.", "title"));
        return new Movie(movieId, valid.title(), valid.description(), valid.durationMinutes(),
                valid.genre(), valid.language(), valid.releaseDate(), valid.country(),
                valid.rating());
    }

    private static Movie validated(NewMovie movie) {
        if (movie == null) {
            throw ApiException.badRequest("body", "The body must be a movie.");
        }
        String title = text(movie.title(), "title", LONGEST_TITLE);
        String description = movie.description() == null ? ""
                : movie.description().strip();
        if (description.length() > LONGEST_DESCRIPTION) {
            throw ApiException.badRequest("description", "description may be at most "
                    + LONGEST_DESCRIPTION + " characters long.");
        }
        Integer duration = movie.durationMinutes();
        if (duration == null || duration < 1 || duration > LONGEST_DURATION) {
            throw ApiException.badRequest("durationMinutes", "durationMinutes must be a whole"
                    + " number of minutes from 1 to " + LONGEST_DURATION + ".");
        }
        LocalDate released = movie.releaseDate();
        if (released == null || released.getYear() < 1888 || released.getYear() > 9999) {
            throw ApiException.badRequest("releaseDate", "releaseDate is required, as"
                    + " YYYY-MM-DD from the year 1888.");
        }
        return new Movie(0, title, description, duration,
                text(movie.genre(), "genre", LONGEST_WORD),
                text(movie.language(), "language", LONGEST_WORD), released,
                text(movie.country(), "country", LONGEST_WORD),
                text(movie.rating(), "rating", LONGEST_WORD));
    }

    /** Required text, stripped and with runs of white space made one space. */
    private static String text(String value, String field, int longest) {
        String cleaned = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty()) {
            throw ApiException.badRequest(field, field + " is required.");
        }
        if (cleaned.length() > longest) {
            throw ApiException.badRequest(field, field + " may be at most " + longest
                    + " characters long.");
        }
        return cleaned;
    }
}
