package com.boxoffice.node.http;

import java.util.Optional;

/**
 * Decides whether an API key may call the public API. The HTTP server asks it once per request
 * under /api/v1/; an unknown or revoked key is answered with 401.
 */
public interface ApiKeyCheck {

    /**
     * The caller behind the key, or empty when the key is unknown or revoked. An implementation
     * may throw an {@link ApiException} (for example 429 over quota) to refuse a known key.
     */
    Optional<ApiCaller> authenticate(String key);
}
