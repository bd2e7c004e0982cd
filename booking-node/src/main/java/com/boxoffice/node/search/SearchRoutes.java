package com.boxoffice.node.search;

import com.boxoffice.node.http.ApiRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/search/movies}: SearchMovies over HTTP.
 */
public final class SearchRoutes implements ApiRoutes {

    private final SearchMovies search;

    public SearchRoutes(SearchMovies search) {
        this.search = search;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/search/movies", this::search);
    }

    private void search(Context ctx) {
        SearchQuery query = SearchParameters.read(ctx.queryParamMap());
        ctx.json(search.search(query));
    }
}
