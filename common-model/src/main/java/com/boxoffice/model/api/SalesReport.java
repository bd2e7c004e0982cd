package com.boxoffice.model.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The sales of one day, show by show: cinema by cinema (by name), each cinema's shows in order
 * of their start; the day is each cinema's own calendar day.
 */
public record SalesReport(LocalDate date, List<ShowSales> shows) {

    public SalesReport {
        shows = List.copyOf(shows);
    }
}
