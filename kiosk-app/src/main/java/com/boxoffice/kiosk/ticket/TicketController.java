package com.boxoffice.kiosk.ticket;

import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.model.api.TicketView;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Shows the booking and a QR code for each ticket.
 */
public final class TicketController {

    private static final int QR_SIZE = 200;

    private final TicketViewModel model;

    @FXML
    private Label movie;
    @FXML
    private Label cinema;
    @FXML
    private Label hall;
    @FXML
    private Label when;
    @FXML
    private Label seats;
    @FXML
    private Label total;
    @FXML
    private Label bookingId;
    @FXML
    private FlowPane codes;

    public TicketController(KioskFlow flow) {
        this.model = new TicketViewModel(flow);
    }

    @FXML
    void initialize() {
        movie.setText(model.movie());
        cinema.setText(model.cinema());
        hall.setText(model.hall());
        when.setText(model.when());
        seats.setText(model.seats());
        total.setText(model.total());
        bookingId.setText("Booking " + model.bookingId());
        model.tickets().forEach(ticket -> codes.getChildren().add(code(ticket)));
    }

    private Node code(TicketView ticket) {
        QrCodeView qr = new QrCodeView(ticket.code(), QR_SIZE);
        Label line = new Label(TicketViewModel.ticketLine(ticket));
        line.getStyleClass().add("ticket-line");
        VBox box = new VBox(qr, line);
        box.getStyleClass().add("ticket-code");
        box.setId("ticket-" + ticket.seat());
        return box;
    }

    @FXML
    void done() {
        model.done();
    }
}
