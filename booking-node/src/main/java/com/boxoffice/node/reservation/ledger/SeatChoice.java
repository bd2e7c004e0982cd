package com.boxoffice.node.reservation.ledger;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses which free seats to offer a waiting customer: the first block of side-by-side seats
 * in one row, else the first free seats in hall order.
 */
final class SeatChoice {

    private static final Pattern LABEL = Pattern.compile("([A-Za-z]+)(\\d+)");

    private SeatChoice() {
    }

    /** @param free free seats in hall order, at least {@code count} of them */
    static List<String> pick(List<String> free, int count) {
        for (int start = 0; start + count <= free.size(); start++) {
            List<String> block = free.subList(start, start + count);
            if (sideBySide(block)) {
                return List.copyOf(block);
            }
        }
        return List.copyOf(free.subList(0, count));
    }

    private static boolean sideBySide(List<String> block) {
        Matcher first = LABEL.matcher(block.getFirst());
        if (!first.matches()) {
            return false;
        }
        String row = first.group(1);
        int number = Integer.parseInt(first.group(2));
        for (int i = 1; i < block.size(); i++) {
            Matcher next = LABEL.matcher(block.get(i));
            if (!next.matches() || !next.group(1).equals(row)
                    || Integer.parseInt(next.group(2)) != number + i) {
                return false;
            }
        }
        return true;
    }
}
