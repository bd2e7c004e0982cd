package com.boxoffice.node.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.WaitStatus;
import com.boxoffice.model.api.WaitlistView;
import com.boxoffice.node.reservation.HazelcastReservationEngine;
import com.boxoffice.node.reservation.HoldOutcome;
import com.boxoffice.node.reservation.PinResult;
import com.boxoffice.node.reservation.Reservation;
import com.boxoffice.node.reservation.ReservationEngine.HoldRequest;
import com.boxoffice.node.reservation.ReservationMaps;
import com.boxoffice.node.reservation.ReservationSettings;
import com.boxoffice.node.waitlist.WaitlistCluster.Member;
import com.hazelcast.map.listener.EntryExpiredListener;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The waiting list on a cluster of three real members in this JVM, sharing one PostgreSQL.
 */
class WaitlistClusterTest {

    private static final ReservationSettings LONG_HOLDS = ReservationSettings.defaults();
    private static final Duration HOUR = Duration.ofHours(1);
    private static final AtomicLong SHOW_IDS = new AtomicLong(5000);

    private static EmbeddedPostgres postgres;
    private static DataSource database;

    private final WaitlistShows shows = new WaitlistShows();
    private WaitlistCluster cluster;

    @BeforeAll
    static void startDatabase() {
        postgres = WaitlistCluster.startDatabase();
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

    private WaitlistCluster cluster(ReservationSettings settings, Duration maxWait) {
        cluster = new WaitlistCluster(database, shows, settings, maxWait).start(3);
        return cluster;
    }

    /** A show of one row of {@code seats} seats, each held by its own customer. */
    private long fullyHeldShow(HazelcastReservationEngine engine, int seats) {
        long showId = SHOW_IDS.incrementAndGet();
        shows.add(showId, 1, seats);
        for (int seat = 1; seat <= seats; seat++) {
            hold(engine, showId, "holder-" + seat, "A" + seat);
        }
        return showId;
    }

    private static Reservation hold(HazelcastReservationEngine engine, long showId,
                                    String session, String... seats) {
        HoldOutcome outcome = engine.hold(new HoldRequest(showId, session, List.of(seats),
                Map.of(), "key-1"));
        assertThat(outcome).isInstanceOf(HoldOutcome.Reserved.class);
        return ((HoldOutcome.Reserved) outcome).reservation();
    }

    private static WaitlistView join(Member member, long showId, String session, int seats) {
        JoinOutcome outcome = member.waitingList().join(showId, session, seats, "key-1");
        assertThat(outcome).isInstanceOf(JoinOutcome.Waiting.class);
        return ((JoinOutcome.Waiting) outcome).view();
    }

    private static WaitlistView read(Member member, String waitId) {
        return member.waitingList().find(waitId, "key-1").orElseThrow();
    }

    private static String session() {
        return "session-" + UUID.randomUUID();
    }

    @Nested
    class ArrivalOrder {

        @Test
        void offersAFreedSeatToTheFirstWaiterOnlyAndItsNextFreeingToTheSecond() {
            WaitlistCluster cluster = cluster(LONG_HOLDS, HOUR);
            Member first = cluster.member(0);
            Member second = cluster.member(1);
            Member third = cluster.member(2);
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 1, 3);
            Reservation freed = hold(first.engine(), showId, "holder-1", "A1");
            hold(first.engine(), showId, "holder-2", "A2", "A3");
            String w1Session = session();
            WaitlistView w1 = join(first, showId, w1Session, 1);
            WaitlistView w2 = join(second, showId, session(), 1);
            WaitlistView w3 = join(third, showId, session(), 1);
            WaitlistView w4 = join(first, showId, session(), 1);

            second.engine().release(freed.reservationId());

            await().until(() -> read(third, w1.waitId()).status()
                    == WaitStatus.SEATS_AVAILABLE);
            WaitlistView offered = read(third, w1.waitId());
            assertThat(offered.offer().seats()).containsExactly("A1");
            assertThat(List.of(w2, w3, w4)).extracting(w -> read(second, w.waitId()))
                    .extracting(WaitlistView::status, WaitlistView::position)
                    .containsExactly(
                            tuple(WaitStatus.WAITING, 1),
                            tuple(WaitStatus.WAITING, 2),
                            tuple(WaitStatus.WAITING, 3));

            String w1Offer = offered.offer().reservationId();
            assertThat(first.engine().pinForPayment(w1Offer)).isInstanceOf(PinResult.Pinned.class);
            first.engine().confirm(w1Offer, "B-" + UUID.randomUUID());
            second.engine().freeSoldSeats(showId, List.of("A1"));

            await().until(() -> read(first, w2.waitId()).status() == WaitStatus.SEATS_AVAILABLE);
            assertThat(read(first, w2.waitId()).offer().seats()).containsExactly("A1");
            assertThat(read(first, w3.waitId()).position()).isEqualTo(1);
            assertThat(third.engine().pinForPayment(w1Offer))
                    .isInstanceOf(PinResult.AlreadyConfirmed.class);
            assertThat(third.engine().hold(new HoldRequest(showId, w1Session, List.of("A1"),
                    Map.of(), "key-1"))).isInstanceOf(HoldOutcome.Refused.class);
        }

        @Test
        void offersOneFreedSeatToALaterWaiterWhoNeedsOneWhileTheFirstKeepsItsPlace() {
            WaitlistCluster cluster = cluster(LONG_HOLDS, HOUR);
            Member member = cluster.member(1);
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 1, 4);
            Reservation freed = hold(member.engine(), showId, "holder-1", "A1");
            hold(member.engine(), showId, "holder-2", "A2", "A3", "A4");
            WaitlistView wantsFour = join(member, showId, session(), 4);
            WaitlistView wantsOne = join(cluster.member(2), showId, session(), 1);

            cluster.member(0).engine().release(freed.reservationId());

            await().until(() -> read(member, wantsOne.waitId()).status()
                    == WaitStatus.SEATS_AVAILABLE);
            WaitlistView first = read(member, wantsFour.waitId());
            assertThat(first.status()).isEqualTo(WaitStatus.WAITING);
            assertThat(first.position()).isEqualTo(1);
        }
    }

    @Nested
    class Offers {

        @Test
        void keepsAnOfferedSeatFromAWalkInForTheWholeOfferWindow() {
            Duration window = Duration.ofSeconds(3);
            WaitlistCluster cluster = cluster(LONG_HOLDS.withOfferWindow(window), HOUR);
            Member member = cluster.member(0);
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 1, 2);
            Reservation freed = hold(member.engine(), showId, "holder-1", "A1");
            hold(member.engine(), showId, "holder-2", "A2");
            WaitlistView waiter = join(member, showId, session(), 1);
            member.engine().release(freed.reservationId());
            await().until(() -> read(member, waiter.waitId()).status()
                    == WaitStatus.SEATS_AVAILABLE);
            String offer = read(member, waiter.waitId()).offer().reservationId();

            HoldOutcome walkIn = cluster.member(2).engine().hold(new HoldRequest(showId,
                    session(), List.of("A1"), Map.of(), "key-2"));

            assertThat(walkIn).isEqualTo(new HoldOutcome.Refused(RefusalReason.HELD_BY_OTHERS,
                    List.of()));
            assertThat(cluster.member(1).engine().seatStatuses(showId))
                    .containsEntry("A1", SeatStatus.HELD);
            await().until(() -> read(member, waiter.waitId()).status() == WaitStatus.EXPIRED);
            assertThat(member.engine().find(offer).orElseThrow().status().isOpen()).isFalse();
            assertThat(cluster.member(2).engine().hold(new HoldRequest(showId, session(),
                    List.of("A1"), Map.of(), "key-2"))).isInstanceOf(HoldOutcome.Reserved.class);
        }

        @Test
        void goesOutWhenAHoldLapsesThoughHazelcastNeverReportsAnExpiry() {
            ReservationSettings shortHolds = LONG_HOLDS.withHoldTtl(Duration.ofSeconds(2));
            WaitlistCluster cluster = cluster(shortHolds, HOUR);
            AtomicInteger expiryEvents = new AtomicInteger();
            cluster.member(0).hazelcast().getMap(ReservationMaps.RESERVATIONS)
                    .addEntryListener((EntryExpiredListener<Object, Object>) e ->
                            expiryEvents.incrementAndGet(), false);
            Member member = cluster.member(1);
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 1, 1);
            hold(member.engine(), showId, "holder-1", "A1");
            WaitlistView waiter = join(member, showId, session(), 1);

            await().until(() -> read(member, waiter.waitId()).status()
                    == WaitStatus.SEATS_AVAILABLE);

            assertThat(read(cluster.member(2), waiter.waitId()).offer().seats())
                    .containsExactly("A1");
            assertThat(expiryEvents).hasValue(0);
        }

        @Test
        void givesBackTheOfferOfAWaiterWhoCancelsToTheNextWaiter() {
            WaitlistCluster cluster = cluster(LONG_HOLDS, HOUR);
            Member member = cluster.member(2);
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 1, 1);
            Reservation freed = hold(member.engine(), showId, "holder-1", "A1");
            WaitlistView first = join(member, showId, session(), 1);
            WaitlistView second = join(member, showId, session(), 1);
            member.engine().release(freed.reservationId());
            await().until(() -> read(member, first.waitId()).status()
                    == WaitStatus.SEATS_AVAILABLE);
            String offer = read(member, first.waitId()).offer().reservationId();

            WaitlistView cancelled = cluster.member(0).waitingList()
                    .cancel(first.waitId(), "key-1").orElseThrow();

            assertThat(cancelled.status()).isEqualTo(WaitStatus.CANCELLED);
            await().until(() -> read(member, second.waitId()).status()
                    == WaitStatus.SEATS_AVAILABLE);
            assertThat(member.engine().pinForPayment(offer))
                    .isInstanceOf(PinResult.Lapsed.class);
        }
    }

    @Nested
    class EndingAWait {

        @Test
        void tellsAWaiterWhoWaitedTheLongestWaitThatTheWaitExpired() {
            WaitlistCluster cluster = cluster(LONG_HOLDS, Duration.ofSeconds(2));
            Member member = cluster.member(0);
            long showId = fullyHeldShow(member.engine(), 2);
            WaitlistView waiter = join(member, showId, session(), 1);

            await().atMost(Duration.ofSeconds(5)).until(() -> read(cluster.member(1),
                    waiter.waitId()).status() == WaitStatus.EXPIRED);

            assertThat(read(member, waiter.waitId()).position()).isNull();
        }

        @Test
        void tellsWaitersAtOnceWhenSalesLeaveTooFewSeatsAndEveryoneWhenTheShowSellsOut() {
            WaitlistCluster cluster = cluster(LONG_HOLDS, HOUR);
            Member member = cluster.member(1);
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 1, 4);
            Reservation firstPair = hold(member.engine(), showId, "holder-1", "A1", "A2");
            Reservation secondPair = hold(member.engine(), showId, "holder-2", "A3", "A4");
            WaitlistView wantsThree = join(member, showId, session(), 3);
            WaitlistView wantsTwo = join(member, showId, session(), 2);

            sell(cluster.member(0).engine(), firstPair);

            await().atMost(Duration.ofSeconds(2)).until(() -> read(member,
                    wantsThree.waitId()).status() == WaitStatus.CANNOT_BE_SERVED);
            assertThat(read(member, wantsTwo.waitId()).status()).isEqualTo(WaitStatus.WAITING);

            sell(cluster.member(2).engine(), secondPair);

            await().atMost(Duration.ofSeconds(2)).until(() -> read(member,
                    wantsTwo.waitId()).status() == WaitStatus.CANNOT_BE_SERVED);
        }

        private static void sell(HazelcastReservationEngine engine, Reservation reservation) {
            assertThat(engine.pinForPayment(reservation.reservationId()))
                    .isInstanceOf(PinResult.Pinned.class);
            engine.confirm(reservation.reservationId(), "B-" + UUID.randomUUID());
        }
    }

    @Nested
    class LosingAMember {

        @Test
        void keepsEveryWaiterInOrderWhenTheMemberOwningTheShowIsKilled() {
            WaitlistCluster cluster = cluster(LONG_HOLDS, HOUR);
            long showId = SHOW_IDS.incrementAndGet();
            shows.add(showId, 1, 2);
            Member survivor = cluster.notOwnerOf(showId);
            Reservation freed = hold(survivor.engine(), showId, "holder-1", "A1");
            hold(survivor.engine(), showId, "holder-2", "A2");
            List<WaitlistView> waiters = List.of(join(survivor, showId, session(), 1),
                    join(survivor, showId, session(), 2), join(survivor, showId, session(), 1));

            cluster.kill(cluster.ownerOf(showId));

            assertThat(waiters).extracting(w -> read(survivor, w.waitId()).position())
                    .containsExactly(1, 2, 3);
            survivor.engine().release(freed.reservationId());
            await().until(() -> read(survivor, waiters.get(0).waitId()).status()
                    == WaitStatus.SEATS_AVAILABLE);
            assertThat(waiters.subList(1, 3)).extracting(w -> read(survivor, w.waitId())
                    .position()).containsExactly(1, 2);
            String offer = read(survivor, waiters.get(0).waitId()).offer().reservationId();
            assertThat(survivor.engine().find(offer)).isPresent();
        }
    }
}
