package com.boxoffice.node.search;

import com.boxoffice.model.GeoPoint;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A SearchMovies request after its parameters were checked. Absent filters are null.
 *
 * @param keywordWords the keyword folded (lower case, no accents) and split into words
 */
record SearchQuery(String keyword, List<String> keywordWords, Long cityId, String postalCode,
                   GeoPoint position, Double radiusKm, OffsetDateTime from, OffsetDateTime to,
                   boolean spellcheck, int resultsPerPage, int page, SortingOrder sorting) {

    SearchQuery {
        keywordWords = List.copyOf(keywordWords);
    }

    long offset() {
        return (long) (page - 1) * resultsPerPage;
    }

    boolean hasKeyword() {
        return !keywordWords.isEmpty();
    }
}
