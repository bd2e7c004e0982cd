package com.boxoffice.node.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A key that lets a client call the public API. Only its hash is stored, so a leaked database
 * does not leak working keys.
 */
@Entity
@Table(name = "api_keys")
public class ApiKey {

    @Id
    private String id;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String owner;

    @Column(name = "requests_per_minute")
    private Integer requestsPerMinute;

    @Column(name = "seat_cap")
    private Integer seatCap;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private int version;

    protected ApiKey() {
    }

    ApiKey(String id, String keyHash, KeyTerms terms, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        applyTerms(terms);
    }

    /** Gives the key new terms: name, owner, quota and seat cap. */
    void applyTerms(KeyTerms terms) {
        this.name = terms.name();
        this.owner = terms.owner();
        this.requestsPerMinute = terms.requestsPerMinute();
        this.seatCap = terms.seatCap();
    }

    /** Stops the key from working; revoking twice keeps the first time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Makes a revoked key work again (the demo key, when a node starts with it once more). */
    void reinstate() {
        revokedAt = null;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public KeySummary summary() {
        return new KeySummary(id, new KeyTerms(name, owner, requestsPerMinute, seatCap),
                createdAt, revokedAt);
    }
}
