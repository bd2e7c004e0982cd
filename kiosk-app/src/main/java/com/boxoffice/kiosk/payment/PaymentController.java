package com.boxoffice.kiosk.payment;

import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.shell.StatusBar;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The demo payment terminal: a keypad for the card number and the pay button.
 */
public final class PaymentController {

    private final PaymentViewModel model;

    @FXML
    private Label cardNumber;
    @FXML
    private Label total;
    @FXML
    private Label countdown;
    @FXML
    private Button pay;
    @FXML
    private StatusBar status;

    public PaymentController(KioskFlow flow) {
        this.model = new PaymentViewModel(flow);
    }

    @FXML
    void initialize() {
        cardNumber.textProperty().bind(model.display());
        total.setText(model.total());
        countdown.textProperty().bind(model.countdown());
        pay.disableProperty().bind(model.canPay().not());
        pay.textProperty().bind(Bindings.concat("Pay ", model.total()));
        status.show(model.status());
    }

    /** Every digit key carries its digit as its text. */
    @FXML
    void key(ActionEvent event) {
        model.type(((Button) event.getSource()).getText().charAt(0));
    }

    @FXML
    void erase() {
        model.erase();
    }

    @FXML
    void clear() {
        model.clear();
    }

    @FXML
    void pay() {
        model.pay();
    }

    @FXML
    void back() {
        model.back();
    }
}
