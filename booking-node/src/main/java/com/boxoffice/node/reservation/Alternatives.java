package com.boxoffice.node.reservation;

import com.boxoffice.model.SeatBlock;
import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatPosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds free seats to offer instead of taken ones: blocks of n seats side by side in one row
 * (no aisle between them), nearest to the seats the customer asked for first, no two blocks
 * sharing a seat.
 */
final class Alternatives {

    static final int MAX_BLOCKS = 3;

    private Alternatives() {
    }

    static List<SeatBlock> find(SeatLayout layout, Collection<String> freeSeats,
                                List<String> asked) {
        Set<String> free = new HashSet<>(freeSeats);
        double[] wanted = centre(layout, asked);

        List<List<SeatPosition>> candidates = new ArrayList<>();
        for (List<SeatPosition> row : rows(layout).values()) {
            candidates.addAll(freeRuns(row, free, asked.size()));
        }
        candidates.sort(Comparator
                .comparingDouble((List<SeatPosition> b) -> distance(b, wanted))
                .thenComparingInt(b -> b.getFirst().y())
                .thenComparingInt(b -> b.getFirst().x()));

        return pickDisjoint(candidates);
    }

    private static Map<String, List<SeatPosition>> rows(SeatLayout layout) {
        Map<String, List<SeatPosition>> rows = new LinkedHashMap<>();
        for (SeatPosition seat : layout.seats()) {
            rows.computeIfAbsent(seat.row(), r -> new ArrayList<>()).add(seat);
        }
        rows.values().forEach(r -> r.sort(Comparator.comparingInt(SeatPosition::x)));
        return rows;
    }

    /** Every window of n free seats in the row whose columns follow each other. */
    private static List<List<SeatPosition>> freeRuns(List<SeatPosition> row, Set<String> free,
                                                     int n) {
        List<List<SeatPosition>> runs = new ArrayList<>();
        for (int start = 0; start + n <= row.size(); start++) {
            List<SeatPosition> window = row.subList(start, start + n);
            if (isFreeAndAdjacent(window, free)) {
                runs.add(window);
            }
        }
        return runs;
    }

    private static boolean isFreeAndAdjacent(List<SeatPosition> window, Set<String> free) {
        for (int i = 0; i < window.size(); i++) {
            if (!free.contains(window.get(i).label())) {
                return false;
            }
            if (i > 0 && window.get(i).x() != window.get(i - 1).x() + 1) {
                return false;
            }
        }
        return true;
    }

    private static List<SeatBlock> pickDisjoint(List<List<SeatPosition>> candidates) {
        List<SeatBlock> blocks = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (List<SeatPosition> candidate : candidates) {
            List<String> labels = candidate.stream().map(SeatPosition::label).toList();
            if (labels.stream().noneMatch(used::contains)) {
                blocks.add(new SeatBlock(labels));
                used.addAll(labels);
            }
            if (blocks.size() == MAX_BLOCKS) {
                break;
            }
        }
        return blocks;
    }

    private static double[] centre(SeatLayout layout, List<String> seats) {
        List<SeatPosition> known = seats.stream().flatMap(s -> layout.seat(s).stream()).toList();
        if (known.isEmpty()) {
            return new double[] {layout.width() / 2.0, layout.depth() / 2.0};
        }
        double x = known.stream().mapToInt(SeatPosition::x).average().orElse(0);
        double y = known.stream().mapToInt(SeatPosition::y).average().orElse(0);
        return new double[] {x, y};
    }

    private static double distance(List<SeatPosition> block, double[] point) {
        double x = block.stream().mapToInt(SeatPosition::x).average().orElse(0);
        double y = block.getFirst().y();
        return Math.hypot(x - point[0], y - point[1]);
    }
}
