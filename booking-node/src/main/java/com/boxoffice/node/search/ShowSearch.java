package com.boxoffice.node.search;

import com.boxoffice.model.GeoPoint;
import com.boxoffice.node.persistence.DatabaseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Finds the shows on sale that match a search, one page at a time, in PostgreSQL: keywords
 * through the movies they name (see {@link MatchingMovies}), positions through a bounding box
 * on the cinemas' coordinates before the exact great-circle distance.
 *
 * <p>The page's statement works in two steps: first only what orders the shows (show id,
 * start, title, distance) is sorted and cut to the page, then the page's few shows get their
 * movie, hall and cinema. Joining hall and cinema to every match and sorting the matches with
 * all the answer's columns attached cost a search that matches thousands of shows more than
 * finding them did.
 */
final class ShowSearch {

    /** The mean earth radius, as {@link GeoPoint} uses it. */
    static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;

    /** What orders the shows, with the tables the filters and the distance need. */
    private static final String KEYS = """
            select s.id as s_id, s.starts_at as s_starts_at,
                   m.title_folded as m_title_folded, m.title as m_title,
                   %s as distance_km
            from shows s
            join movies m on m.id = s.movie_id
            %s""";

    private static final String PLACES = """
            join halls h on h.id = s.hall_id
            join cinemas c on c.id = h.cinema_id
            """;

    /** The page's shows with everything the answer shows of them. */
    private static final String DETAILS = """
            select found.*, s.ends_at as s_ends_at, s.hall_id as s_hall_id,
                   m.id as m_id, m.description, m.duration_minutes, m.genre, m.language,
                   m.release_date, m.country,
                   c.id as c_id, c.name as c_name, c.time_zone
            from (%s) found
            join shows s on s.id = found.s_id
            join movies m on m.id = s.movie_id
            join halls h on h.id = s.hall_id
            join cinemas c on c.id = h.cinema_id
            order by %s""";

    private static final String HAVERSINE = """
            (2 * %s * asin(least(1, sqrt(
                power(sin(radians(c.latitude - ?) / 2), 2)
                + cos(radians(?)) * cos(radians(c.latitude))
                  * power(sin(radians(c.longitude - ?) / 2), 2)))))""".formatted(EARTH_RADIUS_KM);

    private final DataSource dataSource;

    ShowSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The shows of the asked page and how many match in all. */
    Page find(SearchQuery query, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            long[] movies = null;
            if (query.hasKeyword()) {
                movies = MatchingMovies.ids(connection, query.keywordWords());
                if (movies.length == 0) {
                    return new Page(List.of(), 0);
                }
            }
            Sql where = where(query, now, movies);
            String orderBy = query.sorting().orderBy();
            String keys = KEYS.formatted(distance(query), needsPlaces(query) ? PLACES : "")
                    + where.text + "order by " + orderBy + "\nlimit ? offset ?";
            Sql page = new Sql(DETAILS.formatted(keys, orderBy),
                    concat(distanceParameters(query), where.parameters,
                            List.of(query.resultsPerPage(), query.offset())));
            Sql count = new Sql("select count(*)\n" + countedFrom(query) + where.text,
                    where.parameters);

            List<FoundShow> shows = rows(connection, page);
            return new Page(shows, total(connection, count, query, shows));
        } catch (SQLException e) {
            throw new DatabaseException("search failed: " + e.getMessage(), e);
        }
    }

    /** Counts only when the page does not tell: it is full, or past the last match. */
    private static long total(Connection connection, Sql count, SearchQuery query,
                              List<FoundShow> shows) throws SQLException {
        boolean lastPage = shows.size() < query.resultsPerPage();
        if (lastPage && (!shows.isEmpty() || query.page() == 1)) {
            return query.offset() + shows.size();
        }
        return count(connection, count);
    }

    /**
     * Only the tables the filters name: every show has its movie, hall and cinema, so joining
     * them just to count would only slow a broad search down. A keyword has become a list of
     * movie ids, which the shows' own column answers.
     */
    private static String countedFrom(SearchQuery query) {
        return "from shows s\n" + (filtersByPlace(query) ? PLACES : "");
    }

    private static boolean filtersByPlace(SearchQuery query) {
        return query.cityId() != null || query.postalCode() != null || query.radiusKm() != null;
    }

    /** Halls and cinemas, for a filter on the cinema's place or for the distance. */
    private static boolean needsPlaces(SearchQuery query) {
        return filtersByPlace(query) || query.position() != null;
    }

    private static String distance(SearchQuery query) {
        return query.position() == null ? "cast(null as float8)" : HAVERSINE;
    }

    private static List<Object> distanceParameters(SearchQuery query) {
        GeoPoint at = query.position();
        return at == null ? List.of() : List.of(at.latitude(), at.latitude(), at.longitude());
    }

    /** @param movies the movies the keyword names, or null without a keyword */
    private static Sql where(SearchQuery query, Instant now, long[] movies) {
        StringBuilder sql = new StringBuilder("where s.status = 'SCHEDULED' and s.starts_at > ?\n");
        List<Object> parameters = new ArrayList<>(List.of(Timestamp.from(now)));
        if (query.from() != null) {
            sql.append("and s.starts_at >= ?\n");
            parameters.add(Timestamp.from(query.from().toInstant()));
        }
        if (query.to() != null) {
            sql.append("and s.starts_at <= ?\n");
            parameters.add(Timestamp.from(query.to().toInstant()));
        }
        if (query.cityId() != null) {
            sql.append("and c.city_id = ?\n");
            parameters.add(query.cityId());
        }
        if (query.postalCode() != null) {
            sql.append("and c.postal_code = ?\n");
            parameters.add(query.postalCode());
        }
        if (movies != null) {
            sql.append("and s.movie_id = any(?)\n");
            parameters.add(movies);
        }
        if (query.radiusKm() != null) {
            addRadius(query.position(), query.radiusKm(), sql, parameters);
        }
        return new Sql(sql.toString(), parameters);
    }

    /**
     * A box of latitudes and longitudes around the position that holds the whole circle, so
     * the cinemas' index narrows them down before the exact distance is computed. Near a pole
     * or across the antimeridian the longitudes are not bounded.
     */
    private static void addRadius(GeoPoint at, double radiusKm, StringBuilder sql,
                                  List<Object> parameters) {
        double dLat = radiusKm / KM_PER_DEGREE;
        sql.append("and c.latitude between ? and ?\n");
        parameters.addAll(List.of(at.latitude() - dLat, at.latitude() + dLat));

        double maxLat = Math.abs(at.latitude()) + dLat;
        if (maxLat < 89) {
            double dLon = dLat / Math.cos(Math.toRadians(maxLat));
            if (at.longitude() - dLon > -180 && at.longitude() + dLon < 180) {
                sql.append("and c.longitude between ? and ?\n");
                parameters.addAll(List.of(at.longitude() - dLon, at.longitude() + dLon));
            }
        }
        sql.append("and ").append(HAVERSINE).append(" <= ?\n");
        parameters.addAll(List.of(at.latitude(), at.latitude(), at.longitude(), radiusKm));
    }

    private static List<FoundShow> rows(Connection connection, Sql sql) throws SQLException {
        try (PreparedStatement statement = sql.prepare(connection);
             ResultSet rows = statement.executeQuery()) {
            List<FoundShow> shows = new ArrayList<>();
            while (rows.next()) {
                shows.add(show(rows));
            }
            return shows;
        }
    }

    private static FoundShow show(ResultSet rows) throws SQLException {
        double distance = rows.getDouble("distance_km");
        Double distanceKm = rows.wasNull() ? null : distance;
        return new FoundShow(rows.getLong("s_id"),
                rows.getTimestamp("s_starts_at").toInstant(),
                rows.getTimestamp("s_ends_at").toInstant(), rows.getLong("s_hall_id"),
                rows.getLong("m_id"), rows.getString("m_title"), rows.getString("description"),
                rows.getInt("duration_minutes"), rows.getString("genre"),
                rows.getString("language"), rows.getObject("release_date", LocalDate.class),
                rows.getString("country"), rows.getLong("c_id"), rows.getString("c_name"),
                rows.getString("time_zone"), distanceKm);
    }

    private static long count(Connection connection, Sql sql) throws SQLException {
        try (PreparedStatement statement = sql.prepare(connection);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<Object> concat(List<Object> a, List<Object> b, List<Object> c) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    /** A page of matches and the number of matches on all pages. */
    record Page(List<FoundShow> shows, long total) {
    }

    /** One show as the search found it; {@code distanceKm} is null without a position. */
    record FoundShow(long showId, Instant startsAt, Instant endsAt, long hallId, long movieId,
                     String title, String description, int durationMinutes, String genre,
                     String language, LocalDate releaseDate, String country, long cinemaId,
                     String cinemaName, String timeZone, Double distanceKm) {
    }

    private record Sql(String text, List<Object> parameters) {

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        }
    }
}
