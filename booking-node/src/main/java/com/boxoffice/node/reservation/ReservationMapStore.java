package com.boxoffice.node.reservation;

import com.boxoffice.model.Money;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.TicketType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.map.MapStore;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes reservations behind to PostgreSQL and loads the last day's back at start. Writes are
 * upserts because a backup that takes over replays what its owner may already have written.
 * Reservations that lapsed or were released more than a day ago are deleted as writes go by.
 */
final class ReservationMapStore implements MapStore<ReservationKey, Reservation> {

    private static final Logger log = LoggerFactory.getLogger(ReservationMapStore.class);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);
    private static final TypeReference<Map<String, TicketType>> TICKET_TYPES =
            new TypeReference<>() { };

    private static final String UPSERT = """
            insert into reservations (id, show_id, session_id, seats, ticket_types, total_minor,
                                      currency, status, created_at, expires_at, api_key_id,
                                      booking_id, updated_at)
            values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, now())
            on conflict (id) do update
            set status = excluded.status,
                expires_at = excluded.expires_at,
                booking_id = excluded.booking_id,
                updated_at = now()
            """;
    private static final String SELECT = """
            select id, show_id, session_id, seats, ticket_types, total_minor, currency, status,
                   created_at, expires_at, api_key_id, booking_id
            from reservations
            """;
    private static final String CLEANUP = """
            delete from reservations
            where updated_at < ?
              and expires_at < ?
              and status <> 'CONFIRMED'
            """;

    private final DataSource database;
    private final Duration lifetime;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong lastCleanup = new AtomicLong();

    ReservationMapStore(DataSource database, Duration lifetime) {
        this.database = database;
        this.lifetime = lifetime;
    }

    @Override
    public void store(ReservationKey key, Reservation value) {
        storeAll(Map.of(key, value));
    }

    @Override
    public void storeAll(Map<ReservationKey, Reservation> batch) {
        try (Connection connection = database.getConnection();
             PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Reservation reservation : batch.values()) {
                bind(upsert, connection, reservation);
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store " + batch.size()
                    + " reservations, first " + batch.keySet().iterator().next(), e);
        }
        cleanUpNowAndThen();
    }

    private void bind(PreparedStatement upsert, Connection connection, Reservation r)
            throws SQLException {
        Array seats = connection.createArrayOf("text", r.seats().toArray());
        upsert.setString(1, r.reservationId());
        upsert.setLong(2, r.showId());
        upsert.setString(3, r.sessionId());
        upsert.setArray(4, seats);
        upsert.setString(5, toJson(r.ticketTypes()));
        upsert.setLong(6, r.total().amountMinor());
        upsert.setString(7, r.total().currency());
        upsert.setString(8, r.status().name());
        upsert.setObject(9, r.createdAt().atOffset(ZoneOffset.UTC));
        upsert.setObject(10, r.expiresAt().atOffset(ZoneOffset.UTC));
        upsert.setString(11, r.apiKeyId());
        upsert.setString(12, r.bookingId());
    }

    @Override
    public void delete(ReservationKey key) {
        deleteAll(List.of(key));
    }

    @Override
    public void deleteAll(Collection<ReservationKey> keys) {
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from reservations where id = ?")) {
            for (ReservationKey key : keys) {
                delete.setString(1, key.reservationId());
                delete.addBatch();
            }
            delete.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete reservations " + keys, e);
        }
    }

    @Override
    public Reservation load(ReservationKey key) {
        return loadAll(List.of(key)).get(key);
    }

    @Override
    public Map<ReservationKey, Reservation> loadAll(Collection<ReservationKey> keys) {
        Map<ReservationKey, Reservation> loaded = new HashMap<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT
                     + "where id = any (?)")) {
            Object[] ids = keys.stream().map(ReservationKey::reservationId).toArray();
            select.setArray(1, connection.createArrayOf("varchar", ids));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Reservation r = read(rows);
                    loaded.put(new ReservationKey(r.reservationId(), r.showId()), r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not load " + keys.size() + " reservations", e);
        }
        return loaded;
    }

    /** The reservations of the last day, which the map loads when the cluster starts. */
    @Override
    public Iterable<ReservationKey> loadAllKeys() {
        List<ReservationKey> keys = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select id, show_id from reservations where updated_at > ?")) {
            select.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(lifetime));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(new ReservationKey(rows.getString(1), rows.getLong(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the stored reservations", e);
        }
        log.info("Loading {} reservations of the last day from the database", keys.size());
        return keys;
    }

    private Reservation read(ResultSet row) throws SQLException {
        List<String> seats = List.of((String[]) row.getArray("seats").getArray());
        return new Reservation(row.getString("id"), row.getLong("show_id"),
                row.getString("session_id"), seats, fromJson(row.getString("ticket_types")),
                Money.of(row.getLong("total_minor"), row.getString("currency")),
                ReservationStatus.valueOf(row.getString("status")),
                instant(row, "created_at"), instant(row, "expires_at"),
                row.getString("api_key_id"), row.getString("booking_id"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Deletes rows that lapsed or were released over a day ago, at most once a minute. */
    private void cleanUpNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastCleanup.get();
        if (now - last < CLEANUP_EVERY.toMillis() || !lastCleanup.compareAndSet(last, now)) {
            return;
        }
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(lifetime);
        try (Connection connection = database.getConnection();
             PreparedStatement cleanup = connection.prepareStatement(CLEANUP)) {
            cleanup.setObject(1, cutoff);
            cleanup.setObject(2, cutoff);
            int deleted = cleanup.executeUpdate();
            if (deleted > 0) {
                log.info("Deleted {} reservations that ended over a day ago", deleted);
            }
        } catch (SQLException e) {
            log.warn("Could not delete old reservations, trying again later: {}", e.toString());
        }
    }

    private String toJson(Map<String, TicketType> ticketTypes) {
        try {
            return json.writeValueAsString(ticketTypes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ticket types cannot be written: " + ticketTypes, e);
        }
    }

    private Map<String, TicketType> fromJson(String ticketTypes) {
        try {
            return json.readValue(ticketTypes, TICKET_TYPES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored ticket types cannot be read", e);
        }
    }
}
