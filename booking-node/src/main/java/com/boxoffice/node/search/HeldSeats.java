package com.boxoffice.node.search;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The seats of shows that customers hold right now, for the search's availability; the
 * reservation engine's ledgers know them.
 */
@FunctionalInterface
public interface HeldSeats {

    Map<Long, Set<String>> of(Collection<Long> showIds);

    /** For a node whose search counts sold seats only. */
    static HeldSeats none() {
        return showIds -> Map.of();
    }
}
