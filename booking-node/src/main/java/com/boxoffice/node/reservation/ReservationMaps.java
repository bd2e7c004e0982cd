package com.boxoffice.node.reservation;

import com.boxoffice.node.reservation.ledger.SeatLedger;
import com.boxoffice.node.reservation.ledger.SeatsChanged;
import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MapStoreConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The cluster structures that hold seats: one ledger per show, the reservations (a day long,
 * written behind to PostgreSQL) and the topic on which seat changes travel to every member.
 */
public final class ReservationMaps {

    public static final String LEDGERS = "seat-ledgers";
    public static final String RESERVATIONS = "reservations";
    public static final String SEAT_EVENTS = "seat-events";

    private static final Duration RESERVATION_LIFETIME = Duration.ofDays(1);

    private ReservationMaps() {
    }

    /** Adds the maps' configuration to a member's; {@code database} keeps reservations. */
    public static void configure(Config config, DataSource database) {
        ReservationSerializers.register(config.getSerializationConfig());
        config.addMapConfig(new MapConfig(LEDGERS)
                .setBackupCount(1)
                // Entry processors read and change the ledger in place, without deserializing.
                .setInMemoryFormat(InMemoryFormat.OBJECT));

        MapStoreConfig store = new MapStoreConfig()
                .setEnabled(true)
                .setImplementation(new ReservationMapStore(database, RESERVATION_LIFETIME))
                .setWriteDelaySeconds(1)
                .setWriteBatchSize(200)
                .setWriteCoalescing(true)
                .setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER);
        config.addMapConfig(new MapConfig(RESERVATIONS)
                .setBackupCount(1)
                .setTimeToLiveSeconds((int) RESERVATION_LIFETIME.toSeconds())
                .setMapStoreConfig(store));
    }

    public static IMap<Long, SeatLedger> ledgers(HazelcastInstance hazelcast) {
        return hazelcast.getMap(LEDGERS);
    }

    public static IMap<ReservationKey, Reservation> reservations(HazelcastInstance hazelcast) {
        return hazelcast.getMap(RESERVATIONS);
    }

    public static ITopic<SeatsChanged> seatEvents(HazelcastInstance hazelcast) {
        return hazelcast.getTopic(SEAT_EVENTS);
    }
}
