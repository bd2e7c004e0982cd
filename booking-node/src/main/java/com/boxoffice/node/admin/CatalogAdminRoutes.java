package com.boxoffice.node.admin;

import com.boxoffice.model.Movie;
import com.boxoffice.model.api.NewMovie;
import com.boxoffice.model.api.NewShow;
import com.boxoffice.model.api.ScheduledShow;
import com.boxoffice.node.catalog.HallDirectory;
import com.boxoffice.node.catalog.MovieCatalog;
import com.boxoffice.node.catalog.ShowScheduler;
import com.boxoffice.node.http.ApiRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managers' catalog calls: the movies, and adding one; the cinemas' halls; scheduling a
 * show. They sit behind the managers' session check of {@link AdminRoutes}, and every change
 * is logged with the manager's id.
 */
public final class CatalogAdminRoutes implements ApiRoutes {

    static final String MOVIES = "/api/v1/admin/movies";
    static final String HALLS = "/api/v1/admin/halls";
    static final String SHOWS = "/api/v1/admin/shows";

    private static final Logger log = LoggerFactory.getLogger(CatalogAdminRoutes.class);

    private final MovieCatalog movies;
    private final HallDirectory halls;
    private final ShowScheduler shows;

    public CatalogAdminRoutes(MovieCatalog movies, HallDirectory halls, ShowScheduler shows) {
        this.movies = movies;
        this.halls = halls;
        this.shows = shows;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(MOVIES, this::listMovies);
        routes.post(MOVIES, this::addMovie);
        routes.get(HALLS, this::listHalls);
        routes.post(SHOWS, this::scheduleShow);
    }

    private void listMovies(Context ctx) {
        AdminRoutes.refuseOtherParameters(ctx, Set.of(), "; the movies take none.");
        ctx.json(movies.all());
    }

    private void addMovie(Context ctx) {
        String manager = ManagerAuthentication.managerOf(ctx).id();
        Movie movie = movies.add(ctx.bodyAsClass(NewMovie.class));

        log.info("Manager {} added movie {} ({} minutes)", manager, movie.id(),
                movie.durationMinutes());
        ctx.status(201).json(movie);
    }

    private void listHalls(Context ctx) {
        AdminRoutes.refuseOtherParameters(ctx, Set.of(), "; the halls take none.");
        ctx.json(halls.all());
    }

    private void scheduleShow(Context ctx) {
        String manager = ManagerAuthentication.managerOf(ctx).id();
        ScheduledShow show = shows.schedule(ctx.bodyAsClass(NewShow.class));

        log.info("Manager {} scheduled show {} of movie {} in hall {} from {} to {}", manager,
                show.id(), show.movieId(), show.hall().id(), show.startsAt(), show.endsAt());
        ctx.status(201).json(show);
    }
}
