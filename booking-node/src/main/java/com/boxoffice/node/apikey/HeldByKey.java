package com.boxoffice.node.apikey;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The seats one key holds right now, per reservation (or per hold still being made), each with
 * the time its hold lapses.
 */
record HeldByKey(Map<String, Claim> claims) implements Serializable {

    HeldByKey {
        claims = Map.copyOf(claims);
    }

    static HeldByKey none() {
        return new HeldByKey(Map.of());
    }

    /** Only the claims whose hold has not lapsed at this time. */
    HeldByKey liveAt(long nowMillis) {
        Map<String, Claim> live = new HashMap<>(claims);
        live.values().removeIf(claim -> claim.untilMillis() <= nowMillis);
        return new HeldByKey(live);
    }

    int seats() {
        return claims.values().stream().mapToInt(Claim::seats).sum();
    }

    HeldByKey with(String id, Claim claim) {
        Map<String, Claim> changed = new HashMap<>(claims);
        changed.put(id, claim);
        return new HeldByKey(changed);
    }

    HeldByKey without(String id) {
        Map<String, Claim> changed = new HashMap<>(claims);
        changed.remove(id);
        return new HeldByKey(changed);
    }

    record Claim(int seats, long untilMillis) implements Serializable {
    }
}
