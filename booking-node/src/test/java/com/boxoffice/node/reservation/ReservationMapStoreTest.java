package com.boxoffice.node.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.model.Money;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.TicketType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReservationMapStoreTest {

    private static EmbeddedPostgres postgres;
    private static DataSource database;

    private final ReservationMapStore store = new ReservationMapStore(database, Duration.ofDays(1));

    @BeforeAll
    static void startDatabase() {
        postgres = TestCluster.startDatabase();
        database = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    private static Reservation reservation(ReservationStatus status) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ReservationKey key = ReservationKey.newFor(42);
        return new Reservation(key.reservationId(), 42, "session-" + UUID.randomUUID(),
                List.of("A1", "A2"), Map.of("A2", TicketType.CHILD), Money.of(1700, "EUR"),
                status, now, now.plusSeconds(300), "key-1", null);
    }

    private static ReservationKey keyOf(Reservation r) {
        return new ReservationKey(r.reservationId(), r.showId());
    }

    @Test
    void keepsOneRowWithTheLatestStateWhenWritesAreReplayed() {
        Reservation held = reservation(ReservationStatus.RESERVED);
        Reservation paying = held.withStatus(ReservationStatus.PAYING, held.expiresAt());

        store.storeAll(Map.of(keyOf(held), held));
        store.storeAll(Map.of(keyOf(paying), paying));
        store.storeAll(Map.of(keyOf(paying), paying));

        assertThat(store.load(keyOf(held))).isEqualTo(paying);
    }

    @Test
    void loadsTheLastDayAtStartAndDeletesOldEndedReservations() throws SQLException {
        Reservation recent = reservation(ReservationStatus.RESERVED);
        Reservation oldLapsed = reservation(ReservationStatus.LAPSED);
        Reservation oldConfirmed = reservation(ReservationStatus.CONFIRMED);
        store.storeAll(Map.of(keyOf(oldLapsed), oldLapsed, keyOf(oldConfirmed), oldConfirmed));
        ageByTwoDays(oldLapsed, oldConfirmed);

        ReservationMapStore freshStore = new ReservationMapStore(database, Duration.ofDays(1));
        freshStore.storeAll(Map.of(keyOf(recent), recent));

        assertThat(freshStore.loadAllKeys()).contains(keyOf(recent))
                .doesNotContain(keyOf(oldLapsed), keyOf(oldConfirmed));
        assertThat(freshStore.load(keyOf(oldLapsed))).isNull();
        assertThat(freshStore.load(keyOf(oldConfirmed)).status())
                .isEqualTo(ReservationStatus.CONFIRMED);
    }

    private static void ageByTwoDays(Reservation... reservations) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement age = connection.prepareStatement("""
                     update reservations
                     set updated_at = updated_at - interval '2 days',
                         expires_at = expires_at - interval '2 days'
                     where id = ?
                     """)) {
            for (Reservation r : reservations) {
                age.setString(1, r.reservationId());
                age.executeUpdate();
            }
        }
    }
}
