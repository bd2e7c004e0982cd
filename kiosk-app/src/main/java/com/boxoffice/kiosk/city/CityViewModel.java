package com.boxoffice.kiosk.city;

import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.flow.ScreenStatus;
import com.boxoffice.model.api.CityView;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * The cities the kiosk sells for. A kiosk set up for one city skips the choice the first time.
 */
public final class CityViewModel {

    private final KioskFlow flow;
    private final ObservableList<CityView> cities = FXCollections.observableArrayList();
    private final ObservableList<CityView> citiesView =
            FXCollections.unmodifiableObservableList(cities);
    private final ScreenStatus status = new ScreenStatus();

    public CityViewModel(KioskFlow flow) {
        this.flow = flow;
    }

    public void load() {
        status.working();
        flow.background().run(() -> flow.api().cities(), this::show,
                failure -> status.failed(failure, this::load));
    }

    public void choose(CityView city) {
        flow.chooseCity(city);
    }

    public void back() {
        flow.startOver();
    }

    private void show(List<CityView> loaded) {
        status.done();
        Optional<CityView> preset = preselected(loaded);
        if (preset.isPresent() && flow.session().city() == null) {
            choose(preset.get());
            return;
        }
        cities.setAll(loaded);
        if (loaded.isEmpty()) {
            status.tell("No cinemas are selling tickets right now. Please ask staff.");
        }
    }

    private Optional<CityView> preselected(List<CityView> loaded) {
        return flow.config().preselectedCity().flatMap(wanted -> loaded.stream()
                .filter(city -> String.valueOf(city.id()).equals(wanted)
                        || city.name().equalsIgnoreCase(wanted))
                .findFirst());
    }

    public ObservableList<CityView> cities() {
        return citiesView;
    }

    public ScreenStatus status() {
        return status;
    }
}
