package com.boxoffice.node.apikey;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what the database said about a key for a short time. Revocations reach every
 * member through the database, so this time bounds how long a revoked key keeps working.
 */
final class KeyCache {

    /** Past this many keys the cache starts afresh, so random keys cannot fill the memory. */
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
    private final Map<String, KeySummary> byId = new ConcurrentHashMap<>();
    private final Function<String, Optional<KeySummary>> loader;
    private final Duration ttl;
    private final Clock clock;

    KeyCache(Function<String, Optional<KeySummary>> loader, Duration ttl, Clock clock) {
        this.loader = loader;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The key behind this secret as the database said at most one TTL ago. */
    Optional<KeySummary> lookup(String secret) {
        String hash = KeySecrets.hash(secret);
        long now = clock.millis();
        Entry cached = byHash.get(hash);
        if (cached != null && now < cached.expiresAtMillis()) {
            return cached.key();
        }

        Optional<KeySummary> loaded = loader.apply(secret);
        if (byHash.size() >= MAX_ENTRIES) {
            byHash.clear();
            byId.clear();
        }
        byHash.put(hash, new Entry(loaded, now + ttl.toMillis()));
        loaded.ifPresent(key -> byId.put(key.id(), key));
        return loaded;
    }

    /** The terms of a key that authenticated lately on this member. */
    Optional<KeySummary> recent(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    private record Entry(Optional<KeySummary> key, long expiresAtMillis) {
    }
}
