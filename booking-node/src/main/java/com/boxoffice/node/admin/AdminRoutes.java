package com.boxoffice.node.admin;

import com.boxoffice.model.api.ManagerLogin;
import com.boxoffice.model.api.ManagerSession;
import com.boxoffice.node.apikey.QuotaDecision;
import com.boxoffice.node.catalog.CatalogRoutes;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.Echo;
import com.boxoffice.node.http.ApiRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managers' calls: {@code POST /api/v1/admin/login} opens a session, and the calls behind
 * it (a day's sales) need its token. Every wrong sign-in is answered alike, so an answer never
 * tells whether a name exists.
 */
public final class AdminRoutes implements ApiRoutes {

    static final String LOGIN = "/api/v1/admin/login";
    static final String SALES = "/api/v1/admin/sales";

    private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);
    private static final Set<String> SALES_PARAMETERS = Set.of("date", "cinema");

    private final ManagerStore managers;
    private final ManagerSessions sessions;
    private final LoginThrottle throttle;
    private final SalesReports sales;

    public AdminRoutes(ManagerStore managers, ManagerSessions sessions, LoginThrottle throttle,
                       SalesReports sales) {
        this.managers = managers;
        this.sessions = sessions;
        this.throttle = throttle;
        this.sales = sales;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.before("/api/v1/admin/*", new ManagerAuthentication(sessions));
        routes.post(LOGIN, this::login);
        routes.get(SALES, this::sales);
    }

    private void login(Context ctx) {
        ManagerLogin login = ctx.bodyAsClass(ManagerLogin.class);
        String name = required(login.name(), "name");
        String password = required(login.password(), "password");

        if (throttle.attempt(name) instanceof QuotaDecision.OverQuota over) {
            log.warn("Manager sign-in refused: too many attempts with one name this minute");
            throw new ApiException(429, "TOO_MANY_ATTEMPTS", "Too many sign-ins with this name;"
                    + " try again in " + over.retryAfterSeconds() + " s.", null,
                    Map.of("Retry-After", Long.toString(over.retryAfterSeconds())));
        }
        ManagerSummary manager = managers.signIn(name, password).orElseThrow(() -> {
            log.info("Manager sign-in refused: unknown name or wrong password");
            return new ApiException(401, "UNAUTHORIZED", "The name or the password is wrong.",
                    null);
        });

        ManagerSessions.IssuedToken issued = sessions.open(manager);
        log.info("Manager {} signed in until {}", manager.id(), issued.expiresAt());
        ctx.json(new ManagerSession(issued.token(), issued.expiresAt().atOffset(ZoneOffset.UTC)));
    }

    private void sales(Context ctx) {
        refuseOtherParameters(ctx, SALES_PARAMETERS, "; the sales take date and cinema.");
        LocalDate date = CatalogRoutes.date(ctx.queryParam("date"));
        if (date == null) {
            throw ApiException.badRequest("date", "date is required, as YYYY-MM-DD");
        }
        String cinema = ctx.queryParam("cinema");
        Long cinemaId = cinema == null ? null : CatalogRoutes.id(cinema, "cinema");
        if (cinemaId != null && !sales.cinemaExists(cinemaId)) {
            throw ApiException.notFound("Cinema", cinemaId);
        }

        ctx.json(sales.day(date, cinemaId));
    }

    /** 400 naming the first query parameter not in {@code known}; {@code hint} ends the message. */
    static void refuseOtherParameters(Context ctx, Set<String> known, String hint) {
        ctx.queryParamMap().keySet().stream()
                .filter(parameter -> !known.contains(parameter))
                .findFirst()
                .ifPresent(unknown -> {
                    throw ApiException.badRequest(Echo.of(unknown), "Unknown parameter "
                            + Echo.of(unknown) + hint);
                });
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field, field + " is required");
        }
        return value;
    }
}
