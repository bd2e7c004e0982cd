package com.boxoffice.node.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Accepts exactly one key, the demo key, and no key at all when there is none.
 */
public final class SingleKeyCheck implements ApiKeyCheck {

    public static final String DEMO_KEY_ID = "demo";

    private final byte[] key;

    /** @param key the only key accepted; null accepts none */
    public SingleKeyCheck(String key) {
        this.key = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<ApiCaller> authenticate(String candidate) {
        if (key == null || candidate == null) {
            return Optional.empty();
        }
        // Constant time, so that a caller cannot guess the key byte by byte from timings.
        boolean same = MessageDigest.isEqual(key, candidate.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.of(new ApiCaller(DEMO_KEY_ID, "Demo key")) : Optional.empty();
    }
}
