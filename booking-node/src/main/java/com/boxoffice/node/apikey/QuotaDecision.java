package com.boxoffice.node.apikey;

import java.io.Serializable;

/**
 * Whether a key may make one more request in the current minute.
 */
public sealed interface QuotaDecision extends Serializable {

    /** The request counts against the quota; {@code remaining} more fit in this minute. */
    record Allowed(int remaining) implements QuotaDecision {
    }

    /** The quota of this minute is spent; a request may succeed again after the given wait. */
    record OverQuota(int limit, long retryAfterSeconds) implements QuotaDecision {
    }
}
