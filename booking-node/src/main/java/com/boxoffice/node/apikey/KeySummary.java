package com.boxoffice.node.apikey;

import java.time.Instant;

/**
 * A key as an operator sees it: everything but the key itself, which is never stored.
 *
 * @param revokedAt null while the key works
 */
public record KeySummary(String id, KeyTerms terms, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
