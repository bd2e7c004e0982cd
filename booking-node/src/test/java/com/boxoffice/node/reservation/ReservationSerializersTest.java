package com.boxoffice.node.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.model.Money;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.TicketType;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reservations written on one member and read on another come back field for field. */
class ReservationSerializersTest {

    private static HazelcastInstance writer;
    private static HazelcastInstance reader;

    @BeforeAll
    static void startTwoMembers() {
        String cluster = "serializers-" + UUID.randomUUID();
        int first = freePort();
        writer = Hazelcast.newHazelcastInstance(config(cluster, first, first));
        reader = Hazelcast.newHazelcastInstance(config(cluster, freePort(), first));
    }

    @AfterAll
    static void stop() {
        reader.shutdown();
        writer.shutdown();
    }

    @Test
    void aFreshHoldWithoutKeyOrBookingCrossesTheCluster() {
        Reservation hold = new Reservation("R41-ABCDEFGHJKLM", 41, "kiosk-3",
                List.of("C7", "C8"), Map.of("C7", TicketType.CHILD, "C8", TicketType.ADULT),
                Money.of(2_125, "EUR"), ReservationStatus.RESERVED,
                Instant.parse("2026-12-04T18:00:00.123456789Z"),
                Instant.parse("2026-12-04T18:05:00Z"), null, null);

        assertThat(roundTrip(hold)).isEqualTo(hold);
        // Not Java serialization, which would round-trip as well, only slower.
        var serialization = ((SerializationServiceSupport) writer).getSerializationService();
        assertThat(serialization.toData(hold).getType())
                .isEqualTo(ReservationSerializers.RESERVATION_TYPE_ID);
        assertThat(serialization.toData(new ReservationKey(hold.reservationId(), 41)).getType())
                .isEqualTo(ReservationSerializers.KEY_TYPE_ID);
    }

    @Test
    void aPaidReservationKeepsItsBookingAndItsKeyIsFoundFromTheIdAlone() {
        Reservation paid = new Reservation("R7-ZZZZ9999ZZZZ", 7, null, List.of("A1"), Map.of(),
                Money.of(900, "GBP"), ReservationStatus.CONFIRMED,
                Instant.parse("2026-12-04T10:00:00Z"), Instant.parse("2026-12-04T10:05:00Z"),
                "key-17", "booking-5");

        assertThat(roundTrip(paid)).isEqualTo(paid);
    }

    private static Reservation roundTrip(Reservation reservation) {
        String map = "reservations-" + UUID.randomUUID();
        IMap<ReservationKey, Reservation> written = writer.getMap(map);
        written.put(new ReservationKey(reservation.reservationId(), reservation.showId()),
                reservation);
        IMap<ReservationKey, Reservation> read = reader.getMap(map);
        return read.get(ReservationKey.parse(reservation.reservationId()).orElseThrow());
    }

    private static Config config(String cluster, int port, int seedPort) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        var join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + seedPort);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        ReservationSerializers.register(config.getSerializationConfig());
        return config;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
