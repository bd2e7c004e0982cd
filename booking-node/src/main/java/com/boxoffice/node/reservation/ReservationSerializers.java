package com.boxoffice.node.reservation;

import com.boxoffice.model.Money;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.TicketType;
import com.hazelcast.config.SerializationConfig;
import com.hazelcast.config.SerializerConfig;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.StreamSerializer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How reservations and their keys travel and rest in the cluster: field by field, not with
 * Java serialization, which every hold, payment and release paid for several times (the map
 * keeps values serialized, and every key is serialized to find its partition).
 *
 * <p>Every member must register the same serializers under the same type ids.
 */
final class ReservationSerializers {

    static final int KEY_TYPE_ID = 1001;
    static final int RESERVATION_TYPE_ID = 1002;

    private ReservationSerializers() {
    }

    static void register(SerializationConfig config) {
        config.addSerializerConfig(new SerializerConfig()
                .setTypeClass(ReservationKey.class)
                .setImplementation(new KeySerializer()));
        config.addSerializerConfig(new SerializerConfig()
                .setTypeClass(Reservation.class)
                .setImplementation(new ReservationSerializer()));
    }

    /** The id and the show: the same key always gives the same bytes, as partitioning needs. */
    static final class KeySerializer implements StreamSerializer<ReservationKey> {

        @Override
        public void write(ObjectDataOutput out, ReservationKey key) throws IOException {
            out.writeString(key.reservationId());
            out.writeLong(key.showId());
        }

        @Override
        public ReservationKey read(ObjectDataInput in) throws IOException {
            return new ReservationKey(in.readString(), in.readLong());
        }

        @Override
        public int getTypeId() {
            return KEY_TYPE_ID;
        }
    }

    static final class ReservationSerializer implements StreamSerializer<Reservation> {

        @Override
        public void write(ObjectDataOutput out, Reservation r) throws IOException {
            out.writeString(r.reservationId());
            out.writeLong(r.showId());
            out.writeString(r.sessionId());
            out.writeInt(r.seats().size());
            for (String seat : r.seats()) {
                out.writeString(seat);
            }
            out.writeInt(r.ticketTypes().size());
            for (Map.Entry<String, TicketType> type : r.ticketTypes().entrySet()) {
                out.writeString(type.getKey());
                out.writeString(type.getValue().name());
            }
            out.writeLong(r.total().amountMinor());
            out.writeString(r.total().currency());
            out.writeString(r.status().name());
            writeInstant(out, r.createdAt());
            writeInstant(out, r.expiresAt());
            out.writeString(r.apiKeyId());
            out.writeString(r.bookingId());
        }

        @Override
        public Reservation read(ObjectDataInput in) throws IOException {
            String id = in.readString();
            long showId = in.readLong();
            String sessionId = in.readString();
            int seatCount = in.readInt();
            List<String> seats = new ArrayList<>(seatCount);
            for (int i = 0; i < seatCount; i++) {
                seats.add(in.readString());
            }
            int typeCount = in.readInt();
            Map<String, TicketType> types = new HashMap<>(typeCount * 2);
            for (int i = 0; i < typeCount; i++) {
                types.put(in.readString(), TicketType.valueOf(in.readString()));
            }
            Money total = Money.of(in.readLong(), in.readString());
            ReservationStatus status = ReservationStatus.valueOf(in.readString());
            Instant createdAt = readInstant(in);
            Instant expiresAt = readInstant(in);
            return new Reservation(id, showId, sessionId, seats, types, total, status,
                    createdAt, expiresAt, in.readString(), in.readString());
        }

        @Override
        public int getTypeId() {
            return RESERVATION_TYPE_ID;
        }

        private static void writeInstant(ObjectDataOutput out, Instant instant)
                throws IOException {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }

        private static Instant readInstant(ObjectDataInput in) throws IOException {
            return Instant.ofEpochSecond(in.readLong(), in.readInt());
        }
    }
}
