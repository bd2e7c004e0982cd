package com.boxoffice.kiosk.manager;

import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.shell.StatusBar;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import javafx.util.converter.LocalDateStringConverter;

import java.util.function.Function;

/**
 * The managers' sales screen: a day to pick, the day's shows in a table with seats sold of the
 * hall's and revenue, and a total line under it.
 */
public final class SalesController {

    private final SalesViewModel model;

    @FXML
    private DatePicker date;
    @FXML
    private TableView<SalesRow> table;
    @FXML
    private TableColumn<SalesRow, String> time;
    @FXML
    private TableColumn<SalesRow, String> movie;
    @FXML
    private TableColumn<SalesRow, String> cinema;
    @FXML
    private TableColumn<SalesRow, String> hall;
    @FXML
    private TableColumn<SalesRow, String> sold;
    @FXML
    private TableColumn<SalesRow, String> revenue;
    @FXML
    private Label total;
    @FXML
    private StatusBar status;

    public SalesController(KioskFlow flow) {
        this.model = new SalesViewModel(flow);
    }

    @FXML
    void initialize() {
        bind(time, SalesRow::time);
        bind(movie, SalesRow::movie);
        bind(cinema, SalesRow::cinema);
        bind(hall, SalesRow::hall);
        bind(sold, SalesRow::sold);
        bind(revenue, SalesRow::revenue);
        table.setItems(model.rows());
        total.textProperty().bind(model.totalProperty());
        status.show(model.status());
        date.setConverter(new LocalDateStringConverter(ManagerDates.DAY, ManagerDates.DAY));

        model.show(null);
        date.setValue(model.dateProperty().get());
        date.valueProperty().addListener((property, before, now) -> {
            if (now != null && !now.equals(model.dateProperty().get())) {
                model.show(now);
            }
        });
    }

    @FXML
    void signOut() {
        model.signOut();
    }

    @FXML
    void toAddMovie() {
        model.toAddMovie();
    }

    @FXML
    void toScheduling() {
        model.toScheduling();
    }

    private static void bind(TableColumn<SalesRow, String> column,
                             Function<SalesRow, String> value) {
        column.setCellValueFactory(cell ->
                new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
    }
}
