package com.boxoffice.node.catalog;

import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.ApiRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The browse calls: cities, the movies on in a city, and a movie's shows by cinema.
 */
public final class CatalogRoutes implements ApiRoutes {

    private final CatalogService catalog;

    public CatalogRoutes(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/cities", ctx -> ctx.json(catalog.cities()));
        routes.get("/api/v1/cities/{cityId}/movies",
                ctx -> ctx.json(catalog.moviesInCity(id(ctx.pathParam("cityId"), "cityId"))));
        routes.get("/api/v1/movies/{movieId}/shows", this::shows);
    }

    private void shows(Context ctx) {
        long movieId = id(ctx.pathParam("movieId"), "movieId");
        String city = ctx.queryParam("city");
        Long cityId = city == null || city.isBlank() ? null : id(city, "city");
        LocalDate date = date(ctx.queryParam("date"));
        ctx.json(catalog.shows(movieId, cityId, date));
    }

    /** A positive id from a path or query parameter; 400 naming the field otherwise. */
    public static long id(String text, String field) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below, like a non-positive id
        }
        throw ApiException.badRequest(field,
                field + " must be a positive number, was '" + text + "'");
    }

    /** A YYYY-MM-DD date parameter, null when absent; 400 naming {@code date} otherwise. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("date", "date must be YYYY-MM-DD, was '" + text + "'");
        }
        if (date.getYear() < 1900 || date.getYear() > 9999) {
            throw ApiException.badRequest("date", "date must lie between the years 1900 and 9999,"
                    + " was '" + text + "'");
        }
        return date;
    }
}
