package com.boxoffice.node.apikey;

import com.hazelcast.map.EntryProcessor;
import java.io.Serial;
import java.util.Map;

/**
 * Counts one request of a key in its fixed one-minute window, refusing it once the limit is
 * reached. Runs on the partition that owns the key's counter, so requests to any member of the
 * cluster are counted in one place without a lock. The processor also runs on the backup, so
 * the current time comes in as an argument and is never read inside. Managers' sign-ins are
 * counted the same way, per name.
 */
public record CountRequest(long nowMillis, int limit)
        implements EntryProcessor<String, QuotaWindow, QuotaDecision> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public QuotaDecision process(Map.Entry<String, QuotaWindow> entry) {
        QuotaWindow window = currentWindow(entry.getValue());
        if (window.count() >= limit) {
            long waitMillis = window.endMillis() - nowMillis;
            return new QuotaDecision.OverQuota(limit, Math.max(1, ceilSeconds(waitMillis)));
        }

        QuotaWindow counted = window.counted();
        entry.setValue(counted);
        return new QuotaDecision.Allowed(limit - counted.count());
    }

    private QuotaWindow currentWindow(QuotaWindow stored) {
        long start = QuotaWindow.startOf(nowMillis);
        if (stored == null || stored.startMillis() != start) {
            return new QuotaWindow(start, 0);
        }
        return stored;
    }

    private static long ceilSeconds(long millis) {
        return Math.floorDiv(millis + 999, 1000);
    }
}
