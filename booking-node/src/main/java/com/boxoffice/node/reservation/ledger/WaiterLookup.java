package com.boxoffice.node.reservation.ledger;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/**
 * Reads one waiting customer and their place on the member that owns the show, without
 * copying the whole ledger; answers null for an unknown customer or show.
 */
public final class WaiterLookup
        implements EntryProcessor<Long, SeatLedger, WaiterPlace>, ReadOnly {

    private final String waitId;

    public WaiterLookup(String waitId) {
        this.waitId = waitId;
    }

    @Override
    public WaiterPlace process(Map.Entry<Long, SeatLedger> entry) {
        SeatLedger ledger = entry.getValue();
        return ledger == null ? null : ledger.waiter(waitId).orElse(null);
    }

    @Override
    public EntryProcessor<Long, SeatLedger, WaiterPlace> getBackupProcessor() {
        return null;
    }
}
