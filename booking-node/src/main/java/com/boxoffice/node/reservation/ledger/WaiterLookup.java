package com.boxoffice.node.reservation.ledger;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/**
 * Reads one waiting customer and their place on the member that owns the show, without
 * copying the whole ledger; answers null for an unknown customer or show, and for another
 * key's customer, so that the caller cannot tell the two apart.
 */
public final class WaiterLookup
        implements EntryProcessor<Long, SeatLedger, WaiterPlace>, ReadOnly {

    private final String waitId;
    private final String callerKeyId;

    public WaiterLookup(String waitId, String callerKeyId) {
        this.waitId = waitId;
        this.callerKeyId = callerKeyId;
    }

    @Override
    public WaiterPlace process(Map.Entry<Long, SeatLedger> entry) {
        SeatLedger ledger = entry.getValue();
        return ledger == null ? null : ledger.waiter(waitId)
                .filter(place -> place.customer().belongsTo(callerKeyId))
                .orElse(null);
    }

    @Override
    public EntryProcessor<Long, SeatLedger, WaiterPlace> getBackupProcessor() {
        return null;
    }
}
