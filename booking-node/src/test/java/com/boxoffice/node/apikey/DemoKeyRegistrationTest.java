package com.boxoffice.node.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.node.persistence.Hibernate;
import com.boxoffice.node.persistence.Migrations;
import com.boxoffice.node.persistence.Transactions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Members of a new cluster start together on one fresh database, each storing the same demo
 * key: every one of them must start.
 */
class DemoKeyRegistrationTest {

    private static final int MEMBERS = 6;

    private EmbeddedPostgres postgres;
    private SessionFactory sessionFactory;
    private ApiKeyStore store;

    @BeforeEach
    void freshDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Migrations.migrate(postgres.getPostgresDatabase());
        sessionFactory = Hibernate.sessionFactory(postgres.getPostgresDatabase());
        store = new ApiKeyStore(new Transactions(sessionFactory, postgres.getPostgresDatabase()),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() throws IOException {
        sessionFactory.close();
        postgres.close();
    }

    @Test
    void registersTheSameDemoKeyFromMembersStartingAtOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(MEMBERS);
        List<Future<KeySummary>> registrations = new ArrayList<>();

        try (ExecutorService members = Executors.newFixedThreadPool(MEMBERS)) {
            for (int i = 0; i < MEMBERS; i++) {
                registrations.add(members.submit(() -> {
                    together.await();
                    return store.registerDemoKey("shared-demo-secret",
                            new KeyTerms("demo", "demo cinema chain", null, null));
                }));
            }
        }

        List<String> ids = new ArrayList<>();
        for (Future<KeySummary> registration : registrations) {
            ids.add(registration.get().id());
        }
        assertThat(ids).hasSize(MEMBERS).containsOnly(ids.getFirst());
        assertThat(store.list()).extracting(KeySummary::id).containsExactly(ids.getFirst());
        assertThat(store.findByKey("shared-demo-secret")).isPresent();
    }
}
