package com.boxoffice.node.admin;

import com.boxoffice.node.apikey.CountRequest;
import com.boxoffice.node.apikey.QuotaDecision;
import com.boxoffice.node.apikey.QuotaWindow;
import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Clock;
import java.util.Locale;

/**
 * Lets a few sign-ins per name and minute through, counted for the whole cluster, so that a
 * password cannot be guessed quickly by spreading guesses over members. Counting is per name,
 * not per address, so that headers such as X-Forwarded-For change nothing.
 */
public final class LoginThrottle {

    public static final int ATTEMPTS_PER_MINUTE = 5;

    static final String MAP_NAME = "manager-sign-ins";

    private final IMap<String, QuotaWindow> attempts;
    private final Clock clock;

    public LoginThrottle(HazelcastInstance hazelcast, Clock clock) {
        this.attempts = hazelcast.getMap(MAP_NAME);
        this.clock = clock;
    }

    /** The map's settings: one backup, and counters vanish two minutes after their last use. */
    public static void configure(Config config) {
        config.addMapConfig(new MapConfig(MAP_NAME)
                .setBackupCount(1)
                .setTimeToLiveSeconds(120));
    }

    /** Counts one sign-in with this name, or refuses it when this minute's are spent. */
    QuotaDecision attempt(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return attempts.executeOnKey(key, new CountRequest(clock.millis(), ATTEMPTS_PER_MINUTE));
    }
}
