package com.boxoffice.node.catalog;

import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.api.CinemaHalls;
import com.boxoffice.model.api.HallView;
import com.boxoffice.node.persistence.Transactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every cinema with its halls, for managers who pick the hall of a new show: each hall says
 * which kinds of seat it has, since a show must price each of them.
 */
public final class HallDirectory {

    private static final String CINEMAS_AND_HALLS = """
            select c.id as cinema_id, c.name as cinema_name, city.id as city_id,
                   city.name as city_name, c.time_zone, c.currency,
                   h.id as hall_id, h.name as hall_name, h.seat_count, h.layout_plan
            from cinemas c
            join cities city on city.id = c.city_id
            join halls h on h.cinema_id = c.id
            order by city.name, c.name, c.id, h.name, h.id
            """;

    private final Transactions transactions;

    public HallDirectory(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Cinemas by city and name, each with its halls by name; cinemas without halls are left out. */
    public List<CinemaHalls> all() {
        return transactions.callJdbc(connection -> {
            List<CinemaHalls> cinemas = new ArrayList<>();
            try (var query = connection.prepareStatement(CINEMAS_AND_HALLS);
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long cinemaId = rows.getLong("cinema_id");
                    CinemaHalls last = cinemas.isEmpty() ? null : cinemas.getLast();
                    if (last == null || last.id() != cinemaId) {
                        last = cinema(rows);
                        cinemas.add(last);
                    }
                    last.halls().add(hall(rows));
                }
            }
            return cinemas.stream().map(cinema -> new CinemaHalls(cinema.id(), cinema.name(),
                    cinema.cityId(), cinema.cityName(), cinema.timeZone(), cinema.currency(),
                    List.copyOf(cinema.halls()))).toList();
        });
    }

    private static CinemaHalls cinema(ResultSet row) throws SQLException {
        return new CinemaHalls(row.getLong("cinema_id"), row.getString("cinema_name"),
                row.getLong("city_id"), row.getString("city_name"), row.getString("time_zone"),
                row.getString("currency").strip(), new ArrayList<>());
    }

    private static HallView hall(ResultSet row) throws SQLException {
        SeatLayout layout = SeatLayout.parse(row.getString("layout_plan"));
        return new HallView(row.getLong("hall_id"), row.getString("hall_name"),
                row.getInt("seat_count"), seatTypes(layout));
    }

    /** The kinds of seat the hall has, in the order of {@link SeatType}. */
    static List<SeatType> seatTypes(SeatLayout layout) {
        return Arrays.stream(SeatType.values()).filter(type -> layout.count(type) > 0).toList();
    }
}
