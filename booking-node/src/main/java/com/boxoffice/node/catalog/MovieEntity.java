package com.boxoffice.node.catalog;

import com.boxoffice.model.Movie;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A film in the catalog.
 */
@Entity(name = "Movie")
@Table(name = "movies")
public class MovieEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(nullable = false)
    private String genre;

    @Column(nullable = false)
    private String language;

    @Column(name = "release_date", nullable = false)
    private LocalDate releaseDate;

    @Column(nullable = false)
    private String country;

    @Column(nullable = false)
    private String rating;

    @Version
    private int version;

    protected MovieEntity() {
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Movie toMovie() {
        return new Movie(id, title, description, durationMinutes, genre, language, releaseDate,
                country, rating);
    }
}
