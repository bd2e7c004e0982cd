package com.boxoffice.node.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.api.ReserveSeatsRequest;
import com.boxoffice.node.reservation.ReservationEngine.HoldRequest;
import com.boxoffice.node.reservation.TestCluster.Member;
import com.boxoffice.node.testing.ApiClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Holds on a cluster of three real members in this JVM, sharing one PostgreSQL.
 */
class ReservationClusterTest {

    private static final ReservationSettings LONG_HOLDS = ReservationSettings.defaults();
    private static final AtomicLong SHOW_IDS = new AtomicLong(1000);

    private static EmbeddedPostgres postgres;
    private static DataSource database;

    private final TestShows shows = new TestShows();
    private TestCluster cluster;

    @BeforeAll
    static void startDatabase() {
        // A loaded build machine can be slow; the tests assert outcomes, never speed.
        Awaitility.setDefaultTimeout(Duration.ofMinutes(2));
        postgres = TestCluster.startDatabase();
        database = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @AfterEach
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private TestCluster cluster(ReservationSettings settings) {
        cluster = new TestCluster(database, shows, settings).start(3);
        return cluster;
    }

    private static HoldRequest request(long showId, List<String> seats) {
        return new HoldRequest(showId, "session-" + UUID.randomUUID(), seats, Map.of(), "key-1");
    }

    @Nested
    class Contention {

        @Test
        void givesAContestedSeatToExactlyOneOfTwoCustomersAskingAtOnce() throws Exception {
            TestCluster cluster = cluster(LONG_HOLDS);
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 10, 10);
            List<String> winners = new ArrayList<>();
            List<ApiClient> clients = List.of(cluster.member(1).client(),
                    cluster.member(2).client());

            try (ExecutorService customers = Executors.newFixedThreadPool(2)) {
                for (int round = 0; round < 100; round++) {
                    String seat = "ABCDEFGHIJ".charAt(round / 10) + String.valueOf(round % 10 + 1);
                    List<ApiClient.Response> answers = race(customers, clients, showId, seat);

                    assertThat(answers).extracting(ApiClient.Response::status)
                            .containsExactlyInAnyOrder(201, 409);
                    answers.stream().filter(a -> a.status() == 201)
                            .map(a -> a.json().get("reservationId").asText())
                            .forEach(winners::add);
                }
            }

            cluster.member(0).reservations().flush();
            assertThat(openRowsPerSeat(showId)).hasSize(100).allSatisfy((seat, rows) ->
                    assertThat(rows).as("hold rows of seat %s", seat).isEqualTo(1));
            assertThat(winners).doesNotHaveDuplicates().hasSize(100);
        }

        private List<ApiClient.Response> race(ExecutorService customers, List<ApiClient> clients,
                                              long showId, String seat) throws Exception {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<ApiClient.Response>> calls = new ArrayList<>();
            for (ApiClient client : clients) {
                calls.add(customers.submit(() -> {
                    start.await();
                    return client.postJson("/api/v1/shows/" + showId + "/reservations",
                            body(List.of(seat)));
                }));
            }
            List<ApiClient.Response> answers = new ArrayList<>();
            for (Future<ApiClient.Response> call : calls) {
                answers.add(call.get());
            }
            return answers;
        }

        @Test
        void neverHoldsASeatTwiceWhileThreeHundredCustomersRaceForAHundred() throws Exception {
            TestCluster cluster = cluster(LONG_HOLDS);
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 10, 10);
            Collection<Reservation> held = new ConcurrentLinkedQueue<>();
            Collection<String> brokenSteps = new ConcurrentLinkedQueue<>();

            try (ExecutorService customers = Executors.newFixedThreadPool(12)) {
                List<Future<?>> all = new ArrayList<>();
                for (int customer = 0; customer < 300; customer++) {
                    Member member = cluster.member(customer % 3);
                    all.add(customers.submit(() -> {
                        HoldOutcome outcome = member.engine().hold(request(showId, randomBlock()));
                        if (outcome instanceof HoldOutcome.Reserved reserved) {
                            held.add(reserved.reservation());
                        }
                        checkStep(member.engine(), showId, held).ifPresent(brokenSteps::add);
                    }));
                }
                for (Future<?> call : all) {
                    call.get();
                }
            }

            assertThat(brokenSteps).isEmpty();
            List<String> heldSeats = held.stream().flatMap(r -> r.seats().stream()).toList();
            assertThat(heldSeats).doesNotHaveDuplicates();
            Map<String, SeatStatus> seats = cluster.member(0).engine().seatStatuses(showId);
            assertThat(count(seats, SeatStatus.HELD)).isEqualTo(heldSeats.size());
            assertThat(count(seats, SeatStatus.HELD) + count(seats, SeatStatus.BOOKED)
                    + count(seats, SeatStatus.AVAILABLE)).isEqualTo(100);
        }

        /** Every acknowledged hold's seats show as held, and the hall adds up. */
        private static Optional<String> checkStep(HazelcastReservationEngine engine,
                                                            long showId,
                                                            Collection<Reservation> held) {
            List<Reservation> acknowledged = List.copyOf(held);
            Map<String, SeatStatus> seats = engine.seatStatuses(showId);
            if (seats.size() != 100) {
                return Optional.of("hall has " + seats.size() + " seats");
            }
            for (Reservation reservation : acknowledged) {
                for (String seat : reservation.seats()) {
                    if (seats.get(seat) != SeatStatus.HELD) {
                        return Optional.of(seat + " of " + reservation.reservationId()
                                + " shows " + seats.get(seat));
                    }
                }
            }
            return Optional.empty();
        }

        private static List<String> randomBlock() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int size = random.nextInt(1, 5);
            String row = String.valueOf("ABCDEFGHIJ".charAt(random.nextInt(10)));
            int first = random.nextInt(1, 12 - size);
            List<String> seats = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                seats.add(row + (first + i));
            }
            return seats;
        }
    }

    @Nested
    class Expiry {

        private final Duration ttl = Duration.ofSeconds(3);

        @Test
        void freesASeatTheMomentItsHoldEndsAndReadsDoNotProlongIt() {
            TestCluster cluster = cluster(LONG_HOLDS.withHoldTtl(ttl));
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 2, 5);
            ApiClient first = cluster.member(0).client();
            ApiClient second = cluster.member(1).client();
            String reservations = "/api/v1/shows/" + showId + "/reservations";
            var hold = first.postJson(reservations, body(List.of("A3"))).json();
            String id = hold.get("reservationId").asText();
            Instant expiresAt = OffsetDateTime.parse(hold.get("expiresAt").asText()).toInstant();

            readEverySecondUntil(first, showId, id, expiresAt.minusMillis(400));
            var justBefore = second.postJson(reservations, body(List.of("A3")));
            await().pollInterval(Duration.ofMillis(20))
                    .until(() -> Instant.now().isAfter(expiresAt));
            var justAfter = second.postJson(reservations, body(List.of("A3")));

            assertThat(justBefore.status()).isEqualTo(409);
            assertThat(justAfter.status()).isEqualTo(201);
            assertThat(first.get("/api/v1/reservations/" + id).json().get("status").asText())
                    .isEqualTo("LAPSED");
        }

        private void readEverySecondUntil(ApiClient client, long showId, String id,
                                          Instant until) {
            AtomicLong nextRead = new AtomicLong(0);
            await().pollInterval(Duration.ofMillis(20)).until(() -> {
                if (System.currentTimeMillis() >= nextRead.get()) {
                    assertThat(client.get("/api/v1/reservations/" + id).status()).isEqualTo(200);
                    assertThat(client.get("/api/v1/shows/" + showId + "/seats").status())
                            .isEqualTo(200);
                    nextRead.set(System.currentTimeMillis() + 1000);
                }
                return !Instant.now().isBefore(until);
            });
        }

        @Test
        void marksALapsedHoldAsLapsedAndTellsListenersWithoutAnyRead() {
            TestCluster cluster = cluster(LONG_HOLDS.withHoldTtl(ttl));
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 2, 5);
            List<String> freed = new CopyOnWriteArrayList<>();
            cluster.members().forEach(m -> m.engine()
                    .onSeatsFreed((show, seats) -> freed.addAll(seats)));
            Reservation hold = reserved(cluster.member(2).engine().hold(
                    request(showId, List.of("B1", "B2"))));

            await().untilAsserted(() -> assertThat(freed).containsExactlyInAnyOrder("B1", "B2"));

            assertThat(storedStatus(cluster.member(0).engine(), hold))
                    .isEqualTo(ReservationStatus.LAPSED);
        }
    }

    @Nested
    class MemberLoss {

        @Test
        void keepsEveryAcknowledgedHoldWhenTheShowsOwnerIsKilledMidSale() throws Exception {
            TestCluster cluster = cluster(LONG_HOLDS.withHoldTtl(Duration.ofSeconds(8)));
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 10, 10);
            Member owner = cluster.ownerOf(showId);
            List<Member> survivors = cluster.members().stream().filter(m -> m != owner).toList();
            Collection<Reservation> acknowledged = new ConcurrentLinkedQueue<>();

            try (ExecutorService customers = Executors.newFixedThreadPool(6)) {
                List<Future<?>> sales = new ArrayList<>();
                for (int customer = 0; customer < 120; customer++) {
                    Member member = survivors.get(customer % 2);
                    sales.add(customers.submit(() -> holdQuietly(member, showId, acknowledged)));
                }
                await().until(() -> acknowledged.size() >= 15);
                cluster.kill(owner);
                for (Future<?> sale : sales) {
                    sale.get();
                }
            }

            HazelcastReservationEngine survivor = survivors.getFirst().engine();
            Map<String, SeatStatus> seats = survivor.seatStatuses(showId);
            Instant checkedAt = Instant.now();
            assertThat(acknowledged).isNotEmpty().allSatisfy(r -> {
                assertThat(r.expiresAt()).isAfter(checkedAt);
                assertThat(survivor.find(r.reservationId())).get()
                        .extracting(Reservation::status).isEqualTo(ReservationStatus.RESERVED);
                r.seats().forEach(seat -> assertThat(seats.get(seat)).isEqualTo(SeatStatus.HELD));
            });
            assertThat(acknowledged.stream().flatMap(r -> r.seats().stream()))
                    .doesNotHaveDuplicates();

            Instant lastExpiry = acknowledged.stream().map(Reservation::expiresAt)
                    .max(Instant::compareTo).orElseThrow();
            await().until(() -> Instant.now().isAfter(lastExpiry));
            assertThat(survivor.seatStatuses(showId).values()).containsOnly(SeatStatus.AVAILABLE);
            await().untilAsserted(() -> assertThat(acknowledged).allSatisfy(r ->
                    assertThat(storedStatus(survivor, r)).isEqualTo(ReservationStatus.LAPSED)));
        }

        private void holdQuietly(Member member, long showId, Collection<Reservation> acknowledged) {
            try {
                HoldOutcome outcome = member.engine().hold(request(showId,
                        Contention.randomBlock()));
                if (outcome instanceof HoldOutcome.Reserved reserved) {
                    acknowledged.add(reserved.reservation());
                }
            } catch (RuntimeException notAcknowledged) {
                // A customer whose call failed was told nothing and may try again.
            }
        }
    }

    @Nested
    class Restart {

        @Test
        void comesBackWithLiveHoldsAndTheirTimeAfterTheWholeClusterRestarted() {
            TestCluster before = cluster(LONG_HOLDS);
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 4, 5);
            Reservation kept = reserved(before.member(1).engine().hold(
                    request(showId, List.of("C2", "C3"))));
            Reservation released = reserved(before.member(2).engine().hold(
                    request(showId, List.of("D1"))));
            before.member(0).engine().release(released.reservationId());

            before.shutDown();
            cluster = new TestCluster(database, shows, LONG_HOLDS).start(3);
            HazelcastReservationEngine after = cluster.member(2).engine();

            assertThat(after.find(kept.reservationId())).get().satisfies(r -> {
                assertThat(r.status()).isEqualTo(ReservationStatus.RESERVED);
                assertThat(r.expiresAt()).isEqualTo(kept.expiresAt());
            });
            assertThat(after.find(released.reservationId())).get()
                    .extracting(Reservation::status).isEqualTo(ReservationStatus.RELEASED);
            Map<String, SeatStatus> seats = after.seatStatuses(showId);
            assertThat(seats).containsEntry("C2", SeatStatus.HELD)
                    .containsEntry("C3", SeatStatus.HELD)
                    .containsEntry("D1", SeatStatus.AVAILABLE);
            assertThat(after.hold(request(showId, List.of("C3"))))
                    .isInstanceOfSatisfying(HoldOutcome.Refused.class, r ->
                            assertThat(r.reason()).isEqualTo(RefusalReason.SEATS_TAKEN));
        }
    }

    static ReserveSeatsRequest body(List<String> seats) {
        return new ReserveSeatsRequest("session-" + UUID.randomUUID(), seats, null);
    }

    private static Reservation reserved(HoldOutcome outcome) {
        assertThat(outcome).isInstanceOf(HoldOutcome.Reserved.class);
        return ((HoldOutcome.Reserved) outcome).reservation();
    }

    private static ReservationStatus storedStatus(HazelcastReservationEngine engine,
                                                  Reservation r) {
        return engine.reservations().get(new ReservationKey(r.reservationId(), r.showId()))
                .status();
    }

    private static long count(Map<String, SeatStatus> seats, SeatStatus status) {
        return seats.values().stream().filter(s -> s == status).count();
    }

    /** How many open reservation rows the database holds for each seat of the show. */
    private static Map<String, Integer> openRowsPerSeat(long showId) throws SQLException {
        String sql = """
                select seat, count(*)
                from reservations, unnest(seats) as seat
                where show_id = ? and status = 'RESERVED'
                group by seat
                """;
        Map<String, Integer> rows = new HashMap<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, showId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), result.getInt(2));
                }
            }
        }
        return rows;
    }
}
