package com.boxoffice.node.reservation.ledger;

import com.hazelcast.map.EntryProcessor;
import java.util.List;
import java.util.Map;

/**
 * Frees the seats of holds whose time is up, calls the waiting line in the same step (so that
 * no walk-in can take seats meant for a waiting customer), and removes the ledger of a show
 * long over.
 */
public final class SweepStep implements EntryProcessor<Long, SeatLedger, SweepResult> {

    private final long now;
    private final WaitingCall call;

    public SweepStep(long now) {
        this(new WaitingCall(now, now, List.of()));
    }

    /** A sweep that also offers freed seats to waiting customers, as {@code call} allows. */
    public SweepStep(WaitingCall call) {
        this.now = call.now();
        this.call = call;
    }

    @Override
    public SweepResult process(Map.Entry<Long, SeatLedger> entry) {
        SeatLedger ledger = entry.getValue();
        if (ledger == null) {
            return new SweepResult(List.of(), SeatsChanged.none(entry.getKey()), false);
        }
        long before = ledger.version();
        SweepResult swept = ledger.sweep(now);
        SweepResult result = swept.withLine(ledger.callLine(call));
        if (result.forgotten()) {
            entry.setValue(null);
        } else if (ledger.version() != before) {
            entry.setValue(ledger);
        }
        return result;
    }
}
