package com.boxoffice.kiosk.manager;

import com.boxoffice.kiosk.api.SignInResult;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.PlainWords;
import com.boxoffice.model.api.ManagerLogin;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A manager's sign-in on the kiosk: sends the name and password to a node and moves on to the
 * sales when they are right, or says plainly why not.
 */
public final class SignInViewModel {

    static final String REFUSED = "That name and password do not match. Please try again.";
    static final String MISSING = "Please enter your name and your password.";

    private final KioskFlow flow;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SignInViewModel(KioskFlow flow) {
        this.flow = flow;
        flow.takeNotice().ifPresent(error::set);
    }

    public void signIn(String name, String password) {
        if (name == null || name.isBlank() || password == null || password.isEmpty()) {
            error.set(MISSING);
            return;
        }
        busy.set(true);
        error.set("");
        ManagerLogin login = new ManagerLogin(name.strip(), password);
        flow.background().run(() -> flow.api().signIn(login), this::answered, failure -> {
            busy.set(false);
            error.set(PlainWords.forFailure(failure));
        });
    }

    /** Back to the attract screen, where customers start. */
    public void cancel() {
        flow.startOver();
    }

    private void answered(SignInResult result) {
        busy.set(false);
        switch (result) {
            case SignInResult.SignedIn signedIn -> flow.managerSignedIn(signedIn.session());
            case SignInResult.Refused refused -> error.set(REFUSED);
            case SignInResult.TooManyAttempts wait -> error.set("Too many attempts with this"
                    + " name. Please wait " + wait.retryAfterSeconds() + " seconds.");
        }
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
