package com.boxoffice.node.reservation.ledger;

import com.boxoffice.model.SeatStatus;
import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/**
 * Reads every seat's status where the ledger lives and answers one byte per seat, in the
 * ledger's seat order, instead of shipping the whole ledger to the caller. Seat maps are read
 * far more often than seats change, and all of a show's steps share one partition thread.
 * Read-only, so it takes no backup. Answers null when the show has no ledger yet.
 */
public final class SeatStatusesStep implements EntryProcessor<Long, SeatLedger, byte[]>, ReadOnly {

    private static final SeatStatus[] STATUSES = SeatStatus.values();

    private final long now;

    public SeatStatusesStep(long now) {
        this.now = now;
    }

    @Override
    public byte[] process(Map.Entry<Long, SeatLedger> entry) {
        SeatLedger ledger = entry.getValue();
        if (ledger == null) {
            return null;
        }
        Map<String, SeatStatus> statuses = ledger.statuses(now);
        byte[] encoded = new byte[statuses.size()];
        int i = 0;
        for (SeatStatus status : statuses.values()) {
            encoded[i++] = (byte) status.ordinal();
        }
        return encoded;
    }

    @Override
    public EntryProcessor<Long, SeatLedger, byte[]> getBackupProcessor() {
        return null;
    }

    /** The status of each seat, given the seats in the ledger's order. */
    public static SeatStatus decode(byte[] encoded, int index) {
        return STATUSES[encoded[index]];
    }
}
