package com.boxoffice.kiosk.movie;

import com.boxoffice.kiosk.flow.KioskFlow;
import com.boxoffice.kiosk.shell.StatusBar;
import com.boxoffice.model.Movie;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Shows the films on sale as cards; a touch on a card picks the film.
 */
public final class MovieController {

    private final MovieViewModel model;

    @FXML
    private Label subtitle;
    @FXML
    private FlowPane movies;
    @FXML
    private StatusBar status;

    public MovieController(KioskFlow flow) {
        this.model = new MovieViewModel(flow);
    }

    @FXML
    void initialize() {
        subtitle.setText("Films in " + model.cityName());
        status.show(model.status());
        model.movies().addListener((ListChangeListener<Movie>) change -> showMovies());
        model.load();
    }

    @FXML
    void back() {
        model.back();
    }

    private void showMovies() {
        movies.getChildren().setAll(model.movies().stream().map(this::card).toList());
    }

    private Button card(Movie movie) {
        Label initial = new Label(movie.title().isEmpty() ? "" : movie.title().substring(0, 1));
        initial.getStyleClass().add("poster-initial");
        Label title = new Label(movie.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label facts = new Label(MovieViewModel.facts(movie));
        facts.getStyleClass().add("card-facts");
        facts.setWrapText(true);
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Label rating = new Label(movie.rating() == null ? "" : movie.rating());
        rating.getStyleClass().add("rating-badge");
        rating.setVisible(movie.rating() != null && !movie.rating().isBlank());

        VBox content = new VBox(initial, title, facts, gap, rating);
        content.getStyleClass().add("card-content");
        Button card = new Button();
        card.setGraphic(content);
        card.getStyleClass().addAll("touch-button", "movie-card");
        card.setId("movie-" + movie.id());
        card.setOnAction(e -> model.choose(movie));
        return card;
    }
}
