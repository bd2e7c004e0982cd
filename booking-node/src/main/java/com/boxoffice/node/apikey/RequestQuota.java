package com.boxoffice.node.apikey;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Clock;

/**
 * The requests-per-minute quota of API keys, shared by every member of the cluster: one
 * counter per key in a Hazelcast map, changed only by {@link CountRequest}.
 */
public final class RequestQuota {

    static final String MAP_NAME = "api-key-quota";

    private final IMap<String, QuotaWindow> counters;
    private final Clock clock;

    public RequestQuota(HazelcastInstance hazelcast, Clock clock) {
        this.counters = hazelcast.getMap(MAP_NAME);
        this.clock = clock;
    }

    /** The map's settings: one backup, and counters vanish two minutes after their last use. */
    public static void configure(Config config) {
        config.addMapConfig(new MapConfig(MAP_NAME)
                .setBackupCount(1)
                .setTimeToLiveSeconds(120));
    }

    /** Counts one request of the key, or refuses it when the key's limit is spent. */
    public QuotaDecision spend(String keyId, int limitPerMinute) {
        return counters.executeOnKey(keyId, new CountRequest(clock.millis(), limitPerMinute));
    }
}
