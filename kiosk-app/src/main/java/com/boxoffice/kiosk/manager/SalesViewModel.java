package com.boxoffice.kiosk.manager;

import com.boxoffice.kiosk.api.ApiProblem;
import com.boxoffice.kiosk.flow.Formats;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.Screen;
import com.boxoffice.kiosk.flow.ScreenStatus;
import com.boxoffice.model.Money;
import com.boxoffice.model.api.SalesReport;
import com.boxoffice.model.api.ShowSales;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A day's sales for a signed-in manager: one row per show and a total line. Money of cinemas
 * in different currencies is summed per currency, never converted.
 */
public final class SalesViewModel {

    private final KioskFlow flow;
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SalesRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SalesRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ScreenStatus status = new ScreenStatus();

    public SalesViewModel(KioskFlow flow) {
        this.flow = flow;
    }

    /** Shows the sales of the day, the kiosk's today when none is given. */
    public void show(LocalDate day) {
        LocalDate wanted = day != null ? day : LocalDate.now(flow.clock());
        date.set(wanted);
        String token = flow.managerSession().map(session -> session.token()).orElse(null);
        if (token == null) {
            flow.managerSessionEnded();
            return;
        }
        status.working();
        flow.background().run(() -> flow.api().sales(token, wanted), this::loaded,
                this::failed);
    }

    public void signOut() {
        flow.startOver();
    }

    public void toAddMovie() {
        flow.toManagerScreen(Screen.ADD_MOVIE);
    }

    public void toScheduling() {
        flow.toManagerScreen(Screen.SCHEDULE_SHOW);
    }

    private void loaded(SalesReport report) {
        if (!report.date().equals(date.get())) {
            return;
        }
        status.done();
        rows.setAll(report.shows().stream().map(SalesViewModel::row).toList());
        total.set(totalLine(report.shows()));
        if (report.shows().isEmpty()) {
            status.tell("No shows on " + Formats.day(report.date()) + ".");
        }
    }

    private void failed(Exception failure) {
        if (failure instanceof ApiProblem problem && problem.status() == 401) {
            flow.managerSessionEnded();
            return;
        }
        status.failed(failure, () -> show(date.get()));
    }

    private static SalesRow row(ShowSales show) {
        return new SalesRow(show.showId(), Formats.time(show.startsAt()), show.movieTitle(),
                show.cinemaName(), show.hall(), show.seatsSold() + " / " + show.seatsInHall(),
                Formats.money(show.revenue()));
    }

    static String totalLine(List<ShowSales> shows) {
        int sold = shows.stream().mapToInt(ShowSales::seatsSold).sum();
        int seats = shows.stream().mapToInt(ShowSales::seatsInHall).sum();
        Map<String, Money> revenue = shows.stream().map(ShowSales::revenue).collect(
                Collectors.toMap(Money::currency, money -> money, Money::plus, TreeMap::new));
        // A currency that earned nothing yet adds only noise, unless nothing earned anything.
        List<Money> earned = revenue.values().stream().filter(money -> money.amountMinor() != 0)
                .toList();
        List<Money> shown = earned.isEmpty() ? revenue.values().stream().limit(1).toList() : earned;
        String money = shown.isEmpty() ? Formats.money(Money.zero("EUR"))
                : shown.stream().map(Formats::money).collect(Collectors.joining(" + "));
        return "Total: " + sold + " of " + seats + " seats sold in " + shows.size()
                + (shows.size() == 1 ? " show" : " shows") + ", " + money;
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ObservableList<SalesRow> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ScreenStatus status() {
        return status;
    }
}
