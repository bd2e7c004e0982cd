package com.boxoffice.node.apikey;

import com.boxoffice.node.http.ApiCaller;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.http.ApiKeyCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Lets in the keys stored in the database that are not revoked, and counts each request
 * against the key's quota, shared by the whole cluster.
 */
public final class StoredKeyCheck implements ApiKeyCheck {

    /** How long a member trusts what it read about a key; a revocation takes this long. */
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(2);

    private final ApiKeyStore store;
    private final KeyCache cache;
    private final RequestQuota quota;

    public StoredKeyCheck(ApiKeyStore store, RequestQuota quota, Duration cacheTtl, Clock clock) {
        this.store = store;
        this.cache = new KeyCache(store::findByKey, cacheTtl, clock);
        this.quota = quota;
    }

    @Override
    public Optional<ApiCaller> authenticate(String secret) {
        Optional<KeySummary> key = cache.lookup(secret).filter(KeySummary::active);
        key.ifPresent(this::spendQuota);
        return key.map(found -> new ApiCaller(found.id(), found.terms().name()));
    }

    /**
     * The seat cap of a key that called this member lately, as the request being served did;
     * null when it has none.
     */
    public Integer seatCapOf(String keyId) {
        return cache.recent(keyId).or(() -> store.findById(keyId))
                .map(key -> key.terms().seatCap()).orElse(null);
    }

    private void spendQuota(KeySummary key) {
        if (!key.terms().hasQuota()) {
            return;
        }
        int limit = key.terms().requestsPerMinute();
        if (quota.spend(key.id(), limit) instanceof QuotaDecision.OverQuota over) {
            throw new ApiException(429, "QUOTA_EXCEEDED", "This API key may make " + limit
                    + " requests per minute; try again in " + over.retryAfterSeconds() + " s.",
                    null, Map.of("Retry-After", String.valueOf(over.retryAfterSeconds())));
        }
    }
}
