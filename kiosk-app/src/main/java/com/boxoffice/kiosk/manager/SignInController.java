package com.boxoffice.kiosk.manager;

import com.boxoffice.kiosk.flow.KioskFlow;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/**
 * The managers' sign-in screen: a name, a password and a button, and a word when they are
 * wrong. The password field is emptied after every attempt.
 */
public final class SignInController {

    private final SignInViewModel model;

    @FXML
    private TextField name;
    @FXML
    private PasswordField password;
    @FXML
    private Label error;
    @FXML
    private Button signIn;

    public SignInController(KioskFlow flow) {
        this.model = new SignInViewModel(flow);
    }

    @FXML
    void initialize() {
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        signIn.disableProperty().bind(model.busyProperty());
    }

    @FXML
    void signIn() {
        model.signIn(name.getText(), password.getText());
        password.clear();
    }

    @FXML
    void back() {
        model.cancel();
    }
}
