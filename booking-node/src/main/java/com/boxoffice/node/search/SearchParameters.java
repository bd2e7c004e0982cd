package com.boxoffice.node.search;

import com.boxoffice.model.GeoPoint;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.Echo;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads SearchMovies' query parameters; anything wrong is refused with 400 naming the
 * parameter, so that a client's typo is never silently ignored.
 */
final class SearchParameters {

    static final int MAX_RESULTS_PER_PAGE = 30;
    static final int DEFAULT_RESULTS_PER_PAGE = 10;

    private static final int MAX_PAGE = 1_000_000;
    private static final int MAX_KEYWORD_LENGTH = 200;
    /** Half the earth's circumference: every point is within this distance. */
    private static final double MAX_RADIUS_KM = 20_016;

    private static final Set<String> KNOWN = Set.of("keyword", "city", "lat_long", "radius",
            "start_datetime", "end_datetime", "postal_code", "includeSpellcheck",
            "results_per_page", "page", "sorting_order", "api_dev_key");

    private final Map<String, List<String>> parameters;

    private SearchParameters(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    static SearchQuery read(Map<String, List<String>> parameters) {
        return new SearchParameters(parameters).query();
    }

    private SearchQuery query() {
        refuseUnknownAndRepeated();

        String keyword = text("keyword", MAX_KEYWORD_LENGTH);
        GeoPoint position = position();
        Double radius = radius(position);
        OffsetDateTime from = dateTime("start_datetime");
        OffsetDateTime to = dateTime("end_datetime");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("end_datetime", "end_datetime must not be before"
                    + " start_datetime.");
        }
        SortingOrder sorting = sorting(position);

        return new SearchQuery(keyword, words(keyword), cityId(), text("postal_code", 20),
                position, radius, from, to, spellcheck(),
                integer("results_per_page", 1, MAX_RESULTS_PER_PAGE, DEFAULT_RESULTS_PER_PAGE),
                integer("page", 1, MAX_PAGE, 1), sorting);
    }

    private void refuseUnknownAndRepeated() {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!KNOWN.contains(parameter.getKey())) {
                throw ApiException.badRequest(Echo.of(parameter.getKey()), "Unknown parameter '"
                        + Echo.of(parameter.getKey()) + "'; SearchMovies takes " + String.join(", ",
                        KNOWN.stream().filter(k -> !k.equals("api_dev_key")).sorted().toList())
                        + ".");
            }
            if (parameter.getValue().size() > 1) {
                throw ApiException.badRequest(parameter.getKey(),
                        "Parameter '" + parameter.getKey() + "' is given more than once.");
            }
        }
    }

    private String value(String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return null;
        }
        return values.getFirst().strip();
    }

    private String text(String name, int maxLength) {
        String value = value(name);
        if (value != null && value.length() > maxLength) {
            throw ApiException.badRequest(name, name + " may have at most " + maxLength
                    + " characters.");
        }
        return value;
    }

    private static List<String> words(String keyword) {
        if (keyword == null) {
            return List.of();
        }
        return Arrays.stream(keyword.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private Long cityId() {
        String value = value("city");
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below, like a negative id
        }
        throw ApiException.badRequest("city", "city must be a city id (a positive number), was '"
                + value + "'.");
    }

    private GeoPoint position() {
        String value = value("lat_long");
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        try {
            if (parts.length == 2) {
                return new GeoPoint(Double.parseDouble(parts[0].strip()),
                        Double.parseDouble(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) {
            // answered below: not numbers, or out of range
        }
        throw ApiException.badRequest("lat_long", "lat_long must be latitude,longitude in decimal"
                + " degrees (latitude -90..90 first, longitude -180..180), was '" + value + "'.");
    }

    private Double radius(GeoPoint position) {
        String value = value("radius");
        if (value == null) {
            return null;
        }
        if (position == null) {
            throw ApiException.badRequest("radius", "radius needs a position: give lat_long too.");
        }
        try {
            double radius = Double.parseDouble(value);
            if (radius > 0 && radius <= MAX_RADIUS_KM) {
                return radius;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("radius", "radius must be a number of kilometres above 0"
                + " and at most " + (int) MAX_RADIUS_KM + ", was '" + value + "'.");
    }

    /**
     * An ISO-8601 time with offset. A '+' in a query string is decoded as a space, so a space
     * before the offset's hours is read as the '+' the client meant.
     */
    private OffsetDateTime dateTime(String name) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        String repaired = value.replaceFirst(" (\\d{2}(:?\\d{2})?)$", "+$1");
        try {
            OffsetDateTime time = OffsetDateTime.parse(repaired);
            if (time.getYear() < 1900 || time.getYear() > 9999) {
                throw ApiException.badRequest(name, name + " must lie between the years 1900"
                        + " and 9999, was '" + value + "'.");
            }
            return time;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, name + " must be ISO-8601 with an offset, such as"
                    + " 2026-12-24T18:00:00+01:00 (encode '+' as %2B), was '" + value + "'.");
        }
    }

    private boolean spellcheck() {
        String value = value("includeSpellcheck");
        if (value == null || value.equals("no")) {
            return false;
        }
        if (value.equals("yes")) {
            return true;
        }
        throw ApiException.badRequest("includeSpellcheck", "includeSpellcheck must be yes or no,"
                + " was '" + value + "'.");
    }

    private int integer(String name, int min, int max, int absent) {
        String value = value(name);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(name, name + " must be a whole number from " + min + " to "
                + max + ", was '" + value + "'.");
    }

    private SortingOrder sorting(GeoPoint position) {
        String value = value("sorting_order");
        if (value == null) {
            return SortingOrder.DEFAULT;
        }
        SortingOrder order = SortingOrder.of(value).orElseThrow(() -> ApiException.badRequest(
                "sorting_order", "sorting_order must be one of " + SortingOrder.allowed()
                        + ", was '" + value + "'."));
        if (order.needsPosition() && position == null) {
            throw ApiException.badRequest("sorting_order",
                    "sorting_order distance,asc needs a position: give lat_long too.");
        }
        return order;
    }
}
