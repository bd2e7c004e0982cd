package com.boxoffice.model.api;

import java.util.List;

/**
 * A page of SearchMovies results, with spelling suggestions when they were asked for.
 */
public record SearchResponse(int page, int resultsPerPage, long total, List<SearchRow> results,
                             List<String> suggestions) {
}
