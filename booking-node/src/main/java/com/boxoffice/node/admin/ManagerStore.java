package com.boxoffice.node.admin;

import com.boxoffice.node.persistence.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager accounts in PostgreSQL: created and removed by operators, checked when a manager
 * signs in.
 */
public final class ManagerStore {

    /** The demo manager of a node started with --demo; its password is in the README. */
    public static final String DEMO_NAME = "demo-manager";
    public static final String DEMO_PASSWORD = "boxoffice-demo";

    static final int MAX_NAME_LENGTH = 60;

    private static final Logger log = LoggerFactory.getLogger(ManagerStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactions transactions;
    private final Clock clock;

    public ManagerStore(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates a manager with a new random password, which is returned once and kept nowhere.
     * A name already taken is refused with an {@link IllegalArgumentException}.
     */
    public IssuedPassword create(String name) {
        String checked = checkName(name);
        String password = newPassword();
        Manager manager = new Manager(newId(), checked, password, clock.instant());

        try {
            transactions.run(session -> session.persist(manager));
        } catch (ConstraintViolationException e) {
            throw new IllegalArgumentException("a manager named " + checked + " exists already");
        }

        log.info("Manager {} created", manager.summary().id());
        return new IssuedPassword(manager.summary(), password);
    }

    /** Stores the demo manager with the demo password, or gives it that password again. */
    public ManagerSummary registerDemoManager() {
        ManagerSummary demo;
        try {
            demo = storeDemoManager();
        } catch (ConstraintViolationException e) {
            // Members started together on a fresh database race to store the demo manager.
            log.debug("Demo manager stored by another member meanwhile; reading it again");
            demo = storeDemoManager();
        }
        log.info("Demo manager {} registered", demo.id());
        return demo;
    }

    private ManagerSummary storeDemoManager() {
        return transactions.call(session -> {
            Optional<Manager> existing = findByName(session, DEMO_NAME);
            existing.ifPresent(manager -> manager.changePassword(DEMO_PASSWORD));
            Manager manager = existing.orElseGet(() -> {
                Manager created = new Manager(newId(), DEMO_NAME, DEMO_PASSWORD, clock.instant());
                session.persist(created);
                return created;
            });
            return manager.summary();
        });
    }

    /** The manager with this name and password; empty for an unknown name or wrong password. */
    public Optional<ManagerSummary> signIn(String name, String password) {
        Optional<Manager> manager = transactions.call(session -> findByName(session, name));
        if (manager.isEmpty()) {
            PasswordHash.spendOneCheck(password);
            return Optional.empty();
        }
        return manager.filter(found -> found.acceptsPassword(password)).map(Manager::summary);
    }

    public List<ManagerSummary> list() {
        return transactions.call(session -> session
                .createSelectionQuery("from Manager m order by m.name", Manager.class)
                .getResultList().stream()
                .map(Manager::summary)
                .toList());
    }

    /** Removes the manager with this name; empty when there is none. */
    public Optional<ManagerSummary> remove(String name) {
        Optional<ManagerSummary> removed = transactions.call(session ->
                findByName(session, name).map(manager -> {
                    session.remove(manager);
                    return manager.summary();
                }));
        removed.ifPresent(manager -> log.info("Manager {} removed", manager.id()));
        return removed;
    }

    private static Optional<Manager> findByName(Session session, String name) {
        return session.createSelectionQuery("from Manager m where m.name = :name", Manager.class)
                .setParameter("name", name)
                .uniqueResultOptional();
    }

    private static String checkName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("--name must have 1 to " + MAX_NAME_LENGTH
                    + " characters");
        }
        return stripped;
    }

    /** 18 random bytes: 24 characters that nobody guesses in a few attempts a minute. */
    private static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "mgr-" + HexFormat.of().formatHex(bytes);
    }

    /** A new manager and the password they sign in with, shown to the operator once. */
    public record IssuedPassword(ManagerSummary manager, String password) {

        @Override
        public String toString() {
            return "IssuedPassword[manager=" + manager + "]";
        }
    }
}
