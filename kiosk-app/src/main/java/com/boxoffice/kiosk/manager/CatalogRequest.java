package com.boxoffice.kiosk.manager;

import com.boxoffice.kiosk.api.ApiProblem;
import com.boxoffice.kiosk.api.CatalogChange;
import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.PlainWords;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A manager's change of the catalog on its way to the node, as a form shows it: busy while
 * sent, then the confirmation, or the node's refusal in its own words, or what went wrong.
 * An ended session sends the manager back to sign in.
 */
final class CatalogRequest {

    private final KioskFlow flow;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    CatalogRequest(KioskFlow flow) {
        this.flow = flow;
    }

    /** The session's token; none ends the manager's session. */
    Optional<String> token() {
        Optional<String> token = flow.managerSession().map(session -> session.token());
        if (token.isEmpty()) {
            flow.managerSessionEnded();
        }
        return token;
    }

    /** Sends the change; a change made is confirmed with {@code confirmationOf} its result. */
    <T> void send(Callable<CatalogChange<T>> change, Function<T, String> confirmationOf) {
        busy.set(true);
        show("", "");
        flow.background().run(change, answer -> {
            busy.set(false);
            switch (answer) {
                case CatalogChange.Done<T> done -> show("", confirmationOf.apply(done.value()));
                case CatalogChange.Refused<T> refused ->
                        show(Refusals.sentence(refused.message()), "");
            }
        }, this::failed);
    }

    /** What the kiosk itself finds wrong with the form; nothing is sent. */
    void refuse(String sentence) {
        show(sentence, "");
    }

    private void failed(Exception failure) {
        busy.set(false);
        if (!sessionEnded(failure)) {
            show(PlainWords.forFailure(failure), "");
        }
    }

    /** Whether the node said the session is over; if so, the manager signs in again. */
    boolean sessionEnded(Exception failure) {
        if (failure instanceof ApiProblem problem && problem.status() == 401) {
            flow.managerSessionEnded();
            return true;
        }
        return false;
    }

    private void show(String errorText, String confirmationText) {
        error.set(errorText);
        confirmation.set(confirmationText);
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
