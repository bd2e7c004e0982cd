package com.boxoffice.kiosk.seatmap;

import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.api.SeatView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Draws a hall as the customer faces it: the screen at the top, each seat where the hall's plan
 * puts it (so aisles stay as gaps), row letters at both sides. Seats show their kind and status
 * by style class; a touch on a seat is reported by its label, and each seat node has the id
 * {@code seat-<label>}.
 */
public final class SeatMapView extends Region {

    private static final double MAX_CELL = 58;
    private static final double SCREEN_BAND = 52;
    private static final double ROW_LABEL = 30;
    private static final double SEAT_FILL = 0.88;

    private final Map<String, SeatNode> seats = new LinkedHashMap<>();
    private final Map<Integer, Label[]> rowLabels = new TreeMap<>();
    private final Label screen = new Label("SCREEN");
    private Consumer<String> onSeatTouched = label -> { };
    private int columns = 1;
    private int lines = 1;

    public SeatMapView() {
        getStyleClass().add("seat-map");
        screen.getStyleClass().add("hall-screen");
        getChildren().add(screen);
    }

    /** Lays out a hall's seats; their statuses follow with {@link #showStatus}. */
    public void showHall(List<SeatView> hall) {
        seats.clear();
        rowLabels.clear();
        columns = hall.stream().mapToInt(SeatView::x).max().orElse(0) + 1;
        lines = hall.stream().mapToInt(SeatView::y).max().orElse(0) + 1;

        // The children change once: added one by one, each of thousands of seats would be a
        // list change of its own, and removing the last hall's seats one by one as many more.
        List<Node> children = new ArrayList<>(hall.size() + 2 * lines + 1);
        children.add(screen);
        for (SeatView seat : hall) {
            SeatNode node = new SeatNode(seat);
            seats.put(seat.id(), node);
            children.add(node);
            rowLabels.computeIfAbsent(seat.y(), y -> rowLabelPair(seat.row(), children));
        }
        getChildren().setAll(children);
        requestLayout();
    }

    public void showStatus(String seat, SeatStatus status) {
        SeatNode node = seats.get(seat);
        if (node != null) {
            node.status(status);
        }
    }

    public void showSelected(Collection<String> selected) {
        seats.forEach((label, node) -> node.selected(selected.contains(label)));
    }

    public void setOnSeatTouched(Consumer<String> listener) {
        onSeatTouched = listener;
    }

    private static Label[] rowLabelPair(String row, List<Node> children) {
        Label left = new Label(row);
        Label right = new Label(row);
        left.getStyleClass().add("row-label");
        right.getStyleClass().add("row-label");
        children.add(left);
        children.add(right);
        return new Label[] {left, right};
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        double height = getHeight() - insets.getTop() - insets.getBottom();
        double cell = Math.min(MAX_CELL, Math.min((width - 2 * ROW_LABEL) / columns,
                (height - SCREEN_BAND) / lines));
        double hallWidth = cell * columns;
        double left = insets.getLeft() + (width - hallWidth) / 2;
        double top = insets.getTop() + SCREEN_BAND;

        screen.resizeRelocate(left, insets.getTop() + 4, hallWidth, 26);
        double seatSize = cell * SEAT_FILL;
        double inset = (cell - seatSize) / 2;
        seats.values().forEach(node -> node.resizeRelocate(left + node.x * cell + inset,
                top + node.y * cell + inset, seatSize, seatSize));
        rowLabels.forEach((y, pair) -> {
            pair[0].resizeRelocate(left - ROW_LABEL, top + y * cell, ROW_LABEL - 6, cell);
            pair[1].resizeRelocate(left + hallWidth + 6, top + y * cell, ROW_LABEL - 6, cell);
        });
    }

    @Override
    protected double computePrefWidth(double height) {
        return columns * MAX_CELL + 2 * ROW_LABEL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return lines * MAX_CELL + SCREEN_BAND;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    /** One seat: its number on a shape styled for its kind and status. */
    private final class SeatNode extends StackPane {

        private final int x;
        private final int y;
        private SeatStatus status = SeatStatus.AVAILABLE;

        SeatNode(SeatView seat) {
            this.x = seat.x();
            this.y = seat.y();
            setId("seat-" + seat.id());
            getStyleClass().addAll("seat", "seat-" + kind(seat.type()));
            // A Text, not a Label: a Label brings a skin and a text node of its own to style and
            // lay out, three nodes per seat where one does.
            Text number = new Text(String.valueOf(seat.number()));
            number.getStyleClass().add("seat-number");
            number.setMouseTransparent(true);
            getChildren().add(number);
            setMinSize(0, 0);
            setOnMouseClicked(event -> onSeatTouched.accept(seat.id()));
            status(seat.status() == null ? SeatStatus.AVAILABLE : seat.status());
        }

        void status(SeatStatus next) {
            getStyleClass().remove("seat-" + kind(status));
            status = next;
            getStyleClass().add("seat-" + kind(status));
        }

        void selected(boolean chosen) {
            getStyleClass().remove("seat-selected");
            if (chosen) {
                getStyleClass().add("seat-selected");
            }
        }

        private static String kind(Enum<?> value) {
            return value.name().toLowerCase(Locale.ROOT);
        }
    }

}
