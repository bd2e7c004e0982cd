package com.boxoffice.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The seats of a hall and where they stand, written as a plan of text that a manager can edit.
 *
 * <p>Each line of a plan is a row: its letters, a space, then one symbol per column: {@code R}
 * regular, {@code P} premium, {@code W} accessible (wheelchair), {@code .} an aisle or gap.
 * Seats are numbered from 1, left to right, skipping gaps. A line that holds only {@code -} is
 * a cross aisle between rows. Lines are counted from the screen.
 */
public final class SeatLayout {

    private final List<SeatPosition> seats;
    private final Map<String, SeatPosition> byLabel;
    private final int width;
    private final int depth;

    private SeatLayout(List<SeatPosition> seats, int width, int depth) {
        this.seats = List.copyOf(seats);
        Map<String, SeatPosition> index = new LinkedHashMap<>();
        for (SeatPosition seat : seats) {
            if (index.put(seat.label(), seat) != null) {
                throw new IllegalArgumentException("seat " + seat.label() + " appears twice");
            }
        }
        this.byLabel = Collections.unmodifiableMap(index);
        this.width = width;
        this.depth = depth;
    }

    /** Reads a plan; a malformed one is refused with the line that is wrong. */
    public static SeatLayout parse(String plan) {
        List<SeatPosition> seats = new ArrayList<>();
        Set<String> rows = new HashSet<>();
        int width = 0;
        int y = 0;
        for (String raw : plan.strip().split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.chars().allMatch(c -> c == '-')) {
                y++;
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("line " + (y + 1) + ": a row needs letters and seats");
            }
            String row = parts[0];
            if (!rows.add(row)) {
                throw new IllegalArgumentException("row " + row + " appears twice");
            }
            String cells = parts[1].replace(" ", "");
            int number = 0;
            for (int x = 0; x < cells.length(); x++) {
                char cell = cells.charAt(x);
                if (cell == '.') {
                    continue;
                }
                seats.add(new SeatPosition(row, ++number, SeatType.fromLayoutSymbol(cell), x, y));
            }
            width = Math.max(width, cells.length());
            y++;
        }
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("a hall needs at least one seat");
        }
        return new SeatLayout(seats, width, y);
    }

    /** A plain rectangular hall of regular seats, handy for tests and benchmarks. */
    public static SeatLayout rectangle(int rows, int seatsPerRow) {
        StringBuilder plan = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            plan.append(rowName(r)).append(' ').append("R".repeat(seatsPerRow)).append('\n');
        }
        return parse(plan.toString());
    }

    /** Row letters in order: A..Z, then AA, AB, ... */
    public static String rowName(int index) {
        if (index < 26) {
            return String.valueOf((char) ('A' + index));
        }
        return rowName(index / 26 - 1) + (char) ('A' + index % 26);
    }

    /** Writes the layout back as a plan that {@link #parse} reads to an equal layout. */
    public String toPlan() {
        StringBuilder plan = new StringBuilder();
        int lastY = -1;
        String currentRow = null;
        char[] cells = null;
        for (SeatPosition seat : seats) {
            if (!seat.row().equals(currentRow)) {
                if (cells != null) {
                    plan.append(currentRow).append(' ').append(trimRight(cells)).append('\n');
                }
                for (int gap = lastY + 1; gap < seat.y(); gap++) {
                    plan.append("-\n");
                }
                currentRow = seat.row();
                lastY = seat.y();
                cells = ".".repeat(width).toCharArray();
            }
            cells[seat.x()] = seat.type().layoutSymbol();
        }
        plan.append(currentRow).append(' ').append(trimRight(cells)).append('\n');
        return plan.toString();
    }

    private static String trimRight(char[] cells) {
        String text = new String(cells);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    public List<SeatPosition> seats() {
        return seats;
    }

    public Optional<SeatPosition> seat(String label) {
        return Optional.ofNullable(byLabel.get(label));
    }

    public boolean contains(String label) {
        return byLabel.containsKey(label);
    }

    public int size() {
        return seats.size();
    }

    /** Columns of the widest row, gaps included. */
    public int width() {
        return width;
    }

    /** Lines from the screen to the back, cross aisles included. */
    public int depth() {
        return depth;
    }

    public long count(SeatType type) {
        return seats.stream().filter(s -> s.type() == type).count();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeatLayout layout && seats.equals(layout.seats);
    }

    @Override
    public int hashCode() {
        return seats.hashCode();
    }

    @Override
    public String toString() {
        return "SeatLayout[" + seats.size() + " seats, " + width + "x" + depth + "]";
    }
}
