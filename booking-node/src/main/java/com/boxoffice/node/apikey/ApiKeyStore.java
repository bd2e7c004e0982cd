package com.boxoffice.node.apikey;

import com.boxoffice.node.persistence.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API keys in PostgreSQL: created and revoked by operators, looked up by the hash of the
 * key a request carries.
 */
public final class ApiKeyStore {

    static final String DEMO_ID_PREFIX = "demo-";

    private static final Logger log = LoggerFactory.getLogger(ApiKeyStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactions transactions;
    private final Clock clock;

    public ApiKeyStore(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Creates a key; the returned secret is not kept anywhere. */
    public IssuedKey create(KeyTerms terms) {
        String secret = KeySecrets.newKey();
        ApiKey key = new ApiKey(newId(), KeySecrets.hash(secret), terms, clock.instant());

        transactions.run(session -> session.persist(key));

        log.info("API key {} created for owner {}", key.summary().id(), terms.owner());
        return new IssuedKey(key.summary(), secret);
    }

    /**
     * Stores the demo key under its hash like any other key, with the given terms, and revokes
     * demo keys of earlier starts, so that only the current demo key works.
     */
    public KeySummary registerDemoKey(String secret, KeyTerms terms) {
        KeySummary demo;
        try {
            demo = storeDemoKey(secret, terms);
        } catch (ConstraintViolationException e) {
            // Members started together on a fresh database race to store the same demo key;
            // the one that lost finds the winner's row when it tries again.
            log.debug("Demo API key stored by another member meanwhile; reading it again");
            demo = storeDemoKey(secret, terms);
        }
        log.info("Demo API key {} registered", demo.id());
        return demo;
    }

    private KeySummary storeDemoKey(String secret, KeyTerms terms) {
        String hash = KeySecrets.hash(secret);
        return transactions.call(session -> {
            ApiKey key = findByHash(session, hash).orElseGet(() -> {
                ApiKey created = new ApiKey(DEMO_ID_PREFIX + hash.substring(0, 12), hash, terms,
                        clock.instant());
                session.persist(created);
                return created;
            });
            key.applyTerms(terms);
            key.reinstate();
            revokeOtherDemoKeys(session, key.summary().id());
            return key.summary();
        });
    }

    public List<KeySummary> list() {
        return transactions.call(session -> session
                .createSelectionQuery("from ApiKey k order by k.createdAt, k.id", ApiKey.class)
                .getResultList().stream()
                .map(ApiKey::summary)
                .toList());
    }

    /** Revokes the key with this id; empty when there is no such key. */
    public Optional<KeySummary> revoke(String id) {
        Optional<KeySummary> revoked = transactions.call(session ->
                Optional.ofNullable(session.find(ApiKey.class, id)).map(key -> {
                    key.revoke(clock.instant());
                    return key.summary();
                }));
        revoked.ifPresent(key -> log.info("API key {} revoked", key.id()));
        return revoked;
    }

    /** The key whose secret a request carried, revoked or not; empty for an unknown key. */
    public Optional<KeySummary> findByKey(String secret) {
        String hash = KeySecrets.hash(secret);
        return transactions.call(session -> findByHash(session, hash).map(ApiKey::summary));
    }

    public Optional<KeySummary> findById(String id) {
        return transactions.call(session -> Optional.ofNullable(session.find(ApiKey.class, id))
                .map(ApiKey::summary));
    }

    private static Optional<ApiKey> findByHash(Session session, String hash) {
        return session.createSelectionQuery("from ApiKey k where k.keyHash = :hash", ApiKey.class)
                .setParameter("hash", hash)
                .uniqueResultOptional();
    }

    private void revokeOtherDemoKeys(Session session, String currentId) {
        session.createSelectionQuery("""
                        from ApiKey k
                        where k.id like :prefix and k.id <> :current and k.revokedAt is null
                        """, ApiKey.class)
                .setParameter("prefix", DEMO_ID_PREFIX + "%")
                .setParameter("current", currentId)
                .getResultList()
                .forEach(old -> old.revoke(clock.instant()));
    }

    private static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "key-" + HexFormat.of().formatHex(bytes);
    }
}
