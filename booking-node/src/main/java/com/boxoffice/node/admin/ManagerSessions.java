package com.boxoffice.node.admin;

import com.boxoffice.node.apikey.KeySecrets;
import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Managers' sessions, shared by the cluster so that a token from one member works on every
 * other: one entry per session in a Hazelcast map, keyed by the SHA-256 of the token, so the
 * tokens themselves are nowhere but with the manager.
 */
public final class ManagerSessions {

    public static final Duration LIFETIME = Duration.ofHours(8);

    static final String MAP_NAME = "manager-sessions";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IMap<String, OpenSession> sessions;
    private final Clock clock;

    public ManagerSessions(HazelcastInstance hazelcast, Clock clock) {
        this.sessions = hazelcast.getMap(MAP_NAME);
        this.clock = clock;
    }

    /** The map's settings: one backup, so that losing a member signs nobody out. */
    public static void configure(Config config) {
        config.addMapConfig(new MapConfig(MAP_NAME).setBackupCount(1));
    }

    /** Opens a session for the manager; the token is returned once. */
    IssuedToken open(ManagerSummary manager) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "bom_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(LIFETIME);

        sessions.set(KeySecrets.hash(token), new OpenSession(manager, expiresAt),
                LIFETIME.toSeconds(), TimeUnit.SECONDS);
        return new IssuedToken(token, expiresAt);
    }

    /** The manager whose open session the token names; empty for an unknown or ended one. */
    Optional<ManagerSummary> manager(String token) {
        return Optional.ofNullable(sessions.get(KeySecrets.hash(token)))
                .filter(session -> session.openAt(clock.instant()))
                .map(OpenSession::manager);
    }

    /** A new session's token and the moment it stops working. */
    record IssuedToken(String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedToken[expiresAt=" + expiresAt + "]";
        }
    }
}
