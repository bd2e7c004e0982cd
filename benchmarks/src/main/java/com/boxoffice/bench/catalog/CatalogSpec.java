package com.boxoffice.bench.catalog;

import java.time.LocalDate;

/**
 * The shape of a generated catalog. The seed's scale is {@link #seedScale}: 500 cities of 10
 * cinemas, 2,000 seats per cinema (8 halls of 250), 2 shows per hall per day, for a week.
 *
 * @param firstDay the day of the first shows (UTC); shows start at 14:00 and every 3 hours
 */
public record CatalogSpec(int cities, int cinemasPerCity, int hallsPerCinema, int rowsPerHall,
                          int seatsPerRow, int showsPerHallPerDay, int days, int movies,
                          LocalDate firstDay) {

    public static CatalogSpec seedScale(LocalDate firstDay) {
        return new CatalogSpec(500, 10, 8, 10, 25, 2, 7, 300, firstDay);
    }

    public int seatsPerHall() {
        return rowsPerHall * seatsPerRow;
    }

    public long cinemas() {
        return (long) cities * cinemasPerCity;
    }

    public long halls() {
        return cinemas() * hallsPerCinema;
    }

    public long shows() {
        return halls() * showsPerHallPerDay * days;
    }

    public long seatsPerCinema() {
        return (long) hallsPerCinema * seatsPerHall();
    }
}
