package com.boxoffice.node.apikey;

import com.hazelcast.map.EntryProcessor;
import java.io.Serial;
import java.util.Map;

/**
 * The changes to one key's held seats. Each runs on the partition that owns the key, so that
 * two holds of one key racing on two members cannot both slip under the cap; each also runs
 * on the backup, so times come in as arguments.
 */
final class SeatCapSteps {

    private SeatCapSteps() {
    }

    /** Claims seats for a hold about to be made, if they fit under the cap. */
    record Claim(String claimId, int seats, int cap, long nowMillis, long untilMillis)
            implements EntryProcessor<String, HeldByKey, Integer> {

        @Serial
        private static final long serialVersionUID = 1L;

        /** Returns -1 when the claim fits, else the seats already held. */
        @Override
        public Integer process(Map.Entry<String, HeldByKey> entry) {
            HeldByKey held = live(entry, nowMillis);
            if (held.seats() + seats > cap) {
                store(entry, held);
                return held.seats();
            }
            store(entry, held.with(claimId, new HeldByKey.Claim(seats, untilMillis)));
            return -1;
        }
    }

    /** Renames a claim after the reservation it became, lapsing when the hold does. */
    record Settle(String claimId, String reservationId, long nowMillis, long untilMillis)
            implements EntryProcessor<String, HeldByKey, Void> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Void process(Map.Entry<String, HeldByKey> entry) {
            HeldByKey held = live(entry, nowMillis);
            HeldByKey.Claim claim = held.claims().get(claimId);
            if (claim != null) {
                held = held.without(claimId)
                        .with(reservationId, new HeldByKey.Claim(claim.seats(), untilMillis));
            }
            store(entry, held);
            return null;
        }
    }

    /** Gives a claim back: the hold failed, or the reservation was released or paid. */
    record Drop(String id, long nowMillis) implements EntryProcessor<String, HeldByKey, Void> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Void process(Map.Entry<String, HeldByKey> entry) {
            store(entry, live(entry, nowMillis).without(id));
            return null;
        }
    }

    private static HeldByKey live(Map.Entry<String, HeldByKey> entry, long nowMillis) {
        HeldByKey held = entry.getValue();
        return held == null ? HeldByKey.none() : held.liveAt(nowMillis);
    }

    private static void store(Map.Entry<String, HeldByKey> entry, HeldByKey held) {
        entry.setValue(held.claims().isEmpty() ? null : held);
    }
}
