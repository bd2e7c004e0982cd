package com.boxoffice.node.apikey;

import com.boxoffice.node.http.ApiException;
import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keeps one API key from hoarding seats: the seats its open holds cover, counted across the
 * cluster, may not pass the key's cap. The reservation route claims the seats before holding
 * them and settles or drops the claim afterwards.
 */
public final class SeatCap {

    static final String MAP_NAME = "api-key-held-seats";

    private final IMap<String, HeldByKey> held;
    private final Function<String, Integer> capOfKey;
    private final Duration holdTtl;
    private final Clock clock;

    /** @param capOfKey a key's seat cap by its id; null when the key has none */
    public SeatCap(HazelcastInstance hazelcast, Function<String, Integer> capOfKey,
                   Duration holdTtl, Clock clock) {
        this.held = hazelcast.getMap(MAP_NAME);
        this.capOfKey = capOfKey;
        this.holdTtl = holdTtl;
        this.clock = clock;
    }

    public static void configure(Config config) {
        config.addMapConfig(new MapConfig(MAP_NAME).setBackupCount(1));
    }

    /**
     * Claims the seats of a hold about to be made, or refuses with 429 when the key would hold
     * more than its cap. A key without a cap gets a claim that does nothing.
     */
    public SeatClaim claim(String keyId, int seats) {
        return claim(keyId, capOfKey.apply(keyId), seats);
    }

    SeatClaim claim(String keyId, Integer cap, int seats) {
        if (cap == null) {
            return SeatClaim.NONE;
        }
        String claimId = "claim-" + UUID.randomUUID();
        long now = clock.millis();
        // Until settled, a claim lasts as long as a hold could, so a crash cannot leak it.
        long until = now + holdTtl.toMillis();

        int heldBefore = held.executeOnKey(keyId,
                new SeatCapSteps.Claim(claimId, seats, cap, now, until));

        if (heldBefore >= 0) {
            throw new ApiException(429, "SEAT_CAP_REACHED", "This API key may hold at most " + cap
                    + " seats at once and holds " + heldBefore + "; release or pay for some first.",
                    "seats");
        }
        return new SeatClaim(this, keyId, claimId);
    }

    /** Whether the key has a cap at all; a key without one is never counted. */
    public boolean appliesTo(String keyId) {
        return capOfKey.apply(keyId) != null;
    }

    /**
     * The reservation's seats are no longer held: it was released, lapsed or paid. A key without
     * a cap made no claim, so nothing is asked of the cluster.
     */
    public void release(String keyId, String reservationId) {
        if (!appliesTo(keyId)) {
            return;
        }
        held.executeOnKey(keyId, new SeatCapSteps.Drop(reservationId, clock.millis()));
    }

    /** The seats a key holds now, as far as its claims say. */
    public int heldBy(String keyId) {
        HeldByKey claims = held.get(keyId);
        return claims == null ? 0 : claims.liveAt(clock.millis()).seats();
    }

    void settle(String keyId, String claimId, String reservationId, Instant expiresAt) {
        held.executeOnKey(keyId, new SeatCapSteps.Settle(claimId, reservationId, clock.millis(),
                expiresAt.toEpochMilli()));
    }

    void drop(String keyId, String claimId) {
        held.executeOnKey(keyId, new SeatCapSteps.Drop(claimId, clock.millis()));
    }
}
