package com.boxoffice.node.reservation.ledger;

import com.hazelcast.map.EntryProcessor;
import java.util.List;
import java.util.Map;

/**
 * Frees the seats of holds whose time is up, and removes the ledger of a show long over.
 */
public final class SweepStep implements EntryProcessor<Long, SeatLedger, SweepResult> {

    private final long now;

    public SweepStep(long now) {
        this.now = now;
    }

    @Override
    public SweepResult process(Map.Entry<Long, SeatLedger> entry) {
        SeatLedger ledger = entry.getValue();
        if (ledger == null) {
            return new SweepResult(List.of(), SeatsChanged.none(entry.getKey()), false);
        }
        long before = ledger.version();
        SweepResult result = ledger.sweep(now);
        if (result.forgotten()) {
            entry.setValue(null);
        } else if (ledger.version() != before) {
            entry.setValue(ledger);
        }
        return result;
    }
}
