package com.boxoffice.node.catalog;

import com.boxoffice.model.Movie;
import com.boxoffice.model.api.CinemaShows;
import com.boxoffice.model.api.CityView;
import com.boxoffice.model.api.ShowView;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.persistence.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;

/**
 * Answers the browse calls (cities, their movies, a movie's shows) from PostgreSQL and gives
 * the reservation engine cached snapshots of shows.
 */
public final class CatalogService implements ShowCatalog {

    /** A show's hall and prices do not change once on sale; a minute bounds a cancellation. */
    static final Duration SNAPSHOT_TTL = Duration.ofMinutes(1);

    /** Zones run from UTC-12 to UTC+14: a local date lies within these bounds of UTC midnight. */
    private static final Duration WIDEST_OFFSET = Duration.ofHours(14);

    private final Transactions transactions;
    private final Clock clock;
    private final Map<Long, CachedSnapshot> snapshots = new ConcurrentHashMap<>();

    public CatalogService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Cities with at least one cinema, by name. */
    public List<CityView> cities() {
        List<Object[]> rows = transactions.call(session -> session.createSelectionQuery("""
                        select c.id, c.name, c.country, count(cinema.id)
                        from Cinema cinema
                        join cinema.city c
                        group by c.id, c.name, c.country
                        order by c.name
                        """, Object[].class)
                .getResultList());
        return rows.stream()
                .map(row -> new CityView((Long) row[0], (String) row[1], (String) row[2],
                        ((Number) row[3]).intValue()))
                .toList();
    }

    /** Movies with at least one show still on sale in the city, by title. */
    public List<Movie> moviesInCity(long cityId) {
        Instant now = clock.instant();
        return transactions.call(session -> {
            requireCity(session, cityId);
            return session.createSelectionQuery("""
                            select distinct m from Show s
                            join s.movie m
                            join s.hall h
                            join h.cinema c
                            where c.city.id = :city
                              and s.status = :scheduled
                              and s.startsAt > :now
                            """, MovieEntity.class)
                    .setParameter("city", cityId)
                    .setParameter("scheduled", ShowStatus.SCHEDULED)
                    .setParameter("now", now)
                    .getResultList().stream()
                    .map(MovieEntity::toMovie)
                    .sorted(Comparator.comparing(Movie::title, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        });
    }

    /**
     * The cinemas of the city that show the movie on the date, each with those shows; the date
     * is read in each cinema's zone and defaults to its today. Started shows are left out.
     *
     * @param cityId null for every city
     * @param date   null for today
     */
    public List<CinemaShows> shows(long movieId, Long cityId, LocalDate date) {
        Instant now = clock.instant();
        LocalDate anchor = date != null ? date : LocalDate.now(clock);
        Instant from = anchor.atStartOfDay().toInstant(ZoneOffset.UTC)
                .minus(WIDEST_OFFSET).minus(Duration.ofDays(1));
        Instant to = anchor.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC)
                .plus(WIDEST_OFFSET);
        return transactions.call(session -> {
            requireMovie(session, movieId);
            if (cityId != null) {
                requireCity(session, cityId);
            }
            List<ShowEntity> candidates = showsBetween(session, movieId, cityId,
                    later(from, now), to);
            return groupByCinema(candidates, date);
        });
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<ShowEntity> showsBetween(Session session, long movieId, Long cityId,
                                                 Instant from, Instant to) {
        String inCity = cityId == null ? "" : "and c.city.id = :city";
        var query = session.createSelectionQuery("""
                        select s from Show s
                        join fetch s.hall h
                        join fetch h.cinema c
                        join fetch c.city
                        where s.movie.id = :movie
                          and s.status = :scheduled
                          and s.startsAt > :from
                          and s.startsAt < :to
                          %s
                        order by c.name, s.startsAt
                        """.formatted(inCity), ShowEntity.class)
                .setParameter("movie", movieId)
                .setParameter("scheduled", ShowStatus.SCHEDULED)
                .setParameter("from", from)
                .setParameter("to", to);
        if (cityId != null) {
            query.setParameter("city", cityId);
        }
        return query.getResultList();
    }

    private List<CinemaShows> groupByCinema(List<ShowEntity> shows, LocalDate date) {
        Map<CinemaEntity, List<ShowView>> byCinema = new LinkedHashMap<>();
        for (ShowEntity show : shows) {
            CinemaEntity cinema = show.hall().cinema();
            LocalDate wanted = date != null ? date : LocalDate.now(clock.withZone(cinema.zone()));
            if (show.startsAt().atZone(cinema.zone()).toLocalDate().equals(wanted)) {
                byCinema.computeIfAbsent(cinema, c -> new ArrayList<>()).add(show.toView());
            }
        }
        List<CinemaShows> result = new ArrayList<>();
        byCinema.forEach((cinema, views) -> result.add(new CinemaShows(cinema.id(),
                cinema.name(), cinema.address(), cinema.zone().getId(), views)));
        return result;
    }

    private static void requireCity(Session session, long cityId) {
        if (session.find(CityEntity.class, cityId) == null) {
            throw ApiException.notFound("city", cityId);
        }
    }

    private static void requireMovie(Session session, long movieId) {
        if (session.find(MovieEntity.class, movieId) == null) {
            throw ApiException.notFound("movie", movieId);
        }
    }

    /** The show as the reservation engine sees it, cached for {@link #SNAPSHOT_TTL}. */
    @Override
    public Optional<ShowSnapshot> show(long showId) {
        Instant now = clock.instant();
        CachedSnapshot cached = snapshots.get(showId);
        if (cached != null && cached.freshAt(now)) {
            return Optional.of(cached.snapshot());
        }
        Optional<ShowSnapshot> loaded = transactions.call(session -> loadSnapshot(session, showId));
        loaded.ifPresent(snapshot -> snapshots.put(showId, new CachedSnapshot(snapshot, now)));
        return loaded;
    }

    /** Forgets cached snapshots, after a manager changed the catalog. */
    public void forgetSnapshots() {
        snapshots.clear();
    }

    private static Optional<ShowSnapshot> loadSnapshot(Session session, long showId) {
        return session.createSelectionQuery("""
                        select s from Show s
                        join fetch s.movie
                        join fetch s.hall h
                        join fetch h.cinema
                        where s.id = :id and s.status = :scheduled
                        """, ShowEntity.class)
                .setParameter("id", showId)
                .setParameter("scheduled", ShowStatus.SCHEDULED)
                .uniqueResultOptional()
                .map(CatalogService::snapshot);
    }

    private static ShowSnapshot snapshot(ShowEntity show) {
        HallEntity hall = show.hall();
        CinemaEntity cinema = hall.cinema();
        return new ShowSnapshot(show.id(), show.movie().id(), show.movie().title(), cinema.id(),
                cinema.name(), hall.ref(), hall.layout(), show.prices(),
                cinema.discountPercent(), cinema.taxRateBasisPoints(), show.startsAt(),
                show.endsAt(), cinema.zone());
    }

    private record CachedSnapshot(ShowSnapshot snapshot, Instant loadedAt) {

        boolean freshAt(Instant now) {
            return now.isBefore(loadedAt.plus(SNAPSHOT_TTL));
        }
    }
}
