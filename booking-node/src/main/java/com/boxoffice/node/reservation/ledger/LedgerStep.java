package com.boxoffice.node.reservation.ledger;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/**
 * One decision on a show's ledger, run by Hazelcast on the partition that owns the show and
 * then again on its backup. Whatever depends on the clock or on chance (the time, new ids)
 * arrives as a field, so both runs decide alike. Answers null when the show has no ledger yet.
 */
abstract class LedgerStep<R> implements EntryProcessor<Long, SeatLedger, R> {

    @Override
    public final R process(Map.Entry<Long, SeatLedger> entry) {
        SeatLedger ledger = entry.getValue();
        if (ledger == null) {
            return null;
        }
        long before = ledger.version();
        R result = decide(ledger);
        if (ledger.version() != before) {
            entry.setValue(ledger);
        }
        return result;
    }

    abstract R decide(SeatLedger ledger);
}
