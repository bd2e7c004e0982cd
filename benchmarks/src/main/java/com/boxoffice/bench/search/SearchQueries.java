package com.boxoffice.bench.search;

import com.boxoffice.bench.catalog.CatalogGenerator;
import com.boxoffice.bench.catalog.CatalogSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * SearchMovies queries of four kinds, drawn at random from the generated catalog: a keyword of
 * the titles, a city, a radius around a cinema, and an evening of one day.
 */
final class SearchQueries {

    enum Kind { KEYWORD, CITY, RADIUS, DATE }

    private static final List<String> KEYWORDS = List.of("harbor", "silent", "garden",
            "crimson", "empire", "midnight", "river", "golden", "signal", "frozen", "voyage",
            "island", "comet", "shadow");

    private final List<Long> cityIds;
    private final List<double[]> positions;
    private final CatalogSpec spec;

    private SearchQueries(List<Long> cityIds, List<double[]> positions, CatalogSpec spec) {
        this.cityIds = cityIds;
        this.positions = positions;
        this.spec = spec;
    }

    static SearchQueries from(Connection db, CatalogSpec spec) throws SQLException {
        List<Long> cities = new ArrayList<>();
        List<double[]> positions = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select city_id, latitude, longitude from cinemas")) {
            while (rows.next()) {
                cities.add(rows.getLong(1));
                positions.add(new double[] {rows.getDouble(2), rows.getDouble(3)});
            }
        }
        return new SearchQueries(cities, positions, spec);
    }

    Function<Random, String> of(Kind kind) {
        return switch (kind) {
            case KEYWORD -> random -> "keyword=" + KEYWORDS.get(random.nextInt(KEYWORDS.size()));
            case CITY -> random -> "city=" + cityIds.get(random.nextInt(cityIds.size()));
            case RADIUS -> random -> {
                double[] at = positions.get(random.nextInt(positions.size()));
                return String.format(Locale.ROOT, "lat_long=%.4f,%.4f&radius=25", at[0], at[1]);
            };
            case DATE -> random -> {
                // An evening of one day: the generator starts shows at 14:00, 17:00, 20:00 UTC.
                var day = spec.firstDay().plusDays(random.nextInt(spec.days()));
                return "start_datetime=" + day + "T16:00:00Z&end_datetime=" + day + "T22:00:00Z";
            };
        };
    }

    /** A title the catalog has, to check that a keyword search finds something. */
    static String someTitle() {
        return CatalogGenerator.movieTitle(0);
    }
}
