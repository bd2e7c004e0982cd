package com.boxoffice.node.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.SeatLayout;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.api.PaymentMethod;
import com.boxoffice.model.api.PaymentRequest;
import com.boxoffice.node.payment.DemoPaymentTerminal.TerminalOperation;
import com.boxoffice.node.payment.HaltingTerminal.HaltPoint;
import com.boxoffice.node.payment.HaltingTerminal.NodeHalted;
import com.boxoffice.node.payment.PaymentCluster.Member;
import com.boxoffice.node.payment.PaymentOutcome.HoldLapsed;
import com.boxoffice.node.payment.PaymentOutcome.Paid;
import com.boxoffice.node.payment.PaymentOutcome.SeatsSold;
import com.boxoffice.node.reservation.HoldOutcome;
import com.boxoffice.node.reservation.Reservation;
import com.boxoffice.node.reservation.ReservationEngine.HoldRequest;
import com.boxoffice.node.reservation.ReservationSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Payments on real Hazelcast members with the real seat ledger, sharing one PostgreSQL.
 */
class PaymentClusterTest {

    private static final long SHOW = 42;
    private static final String GOOD_CARD = DemoPaymentTerminal.APPROVED_CARD;
    private static final Duration HOLD_TTL = Duration.ofSeconds(2);

    private static PaymentDatabase database;

    private final TestShows shows = new TestShows();
    private final List<PaymentCluster> clusters = new java.util.ArrayList<>();

    @BeforeAll
    static void startDatabase() {
        database = PaymentDatabase.start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void addShow() {
        database.clear();
        shows.add(SHOW, SeatLayout.rectangle(2, 5), Instant.now().plus(Duration.ofDays(1)));
    }

    @AfterEach
    void stopClusters() {
        clusters.forEach(PaymentCluster::close);
    }

    private PaymentCluster cluster(int members) {
        ReservationSettings reservations = ReservationSettings.defaults().withHoldTtl(HOLD_TTL);
        PaymentSettings payments = new PaymentSettings(Duration.ofSeconds(1),
                Duration.ofMillis(300));
        PaymentCluster cluster = new PaymentCluster(database, shows, reservations, payments);
        clusters.add(cluster);
        return cluster.start(members);
    }

    @Nested
    class Paying {

        @Test
        void marksPaidSeatsBookedOnEveryMember() {
            PaymentCluster cluster = cluster(2);
            Reservation reservation = hold(cluster.member(0), "A1", "A2");

            PaymentOutcome outcome = pay(cluster.member(1), reservation, "key-1");

            assertThat(outcome).isInstanceOf(Paid.class);
            assertThat(cluster.member(0).engine().seatStatuses(SHOW))
                    .containsEntry("A1", SeatStatus.BOOKED)
                    .containsEntry("A2", SeatStatus.BOOKED)
                    .containsEntry("A3", SeatStatus.AVAILABLE);
        }
    }

    @Nested
    class PayingLate {

        @Test
        void refusesWithoutChargingWhenTheSeatsWereSoldAfterTheHoldLapsed() {
            PaymentCluster cluster = cluster(1);
            Member member = cluster.member(0);
            Reservation late = hold(member, "A1", "A2");
            awaitLapsed(member, late);
            Reservation other = hold(member, "A2", "A3");
            pay(member, other, "key-other");

            PaymentOutcome outcome = pay(member, late, "key-late");
            PaymentOutcome retried = pay(member, late, "key-late");

            assertThat(outcome).isEqualTo(new HoldLapsed(late.reservationId()));
            assertThat(retried).isEqualTo(outcome);
            assertThat(operationsOf("key-late")).isEmpty();
            assertThat(database.count("bookings")).isEqualTo(1);
            assertThat(member.engine().seatStatuses(SHOW))
                    .containsEntry("A1", SeatStatus.AVAILABLE)
                    .containsEntry("A2", SeatStatus.BOOKED);
        }

        @Test
        void booksALatePaymentWhoseSeatsAreStillFree() {
            PaymentCluster cluster = cluster(1);
            Member member = cluster.member(0);
            Reservation late = hold(member, "B1");
            awaitLapsed(member, late);

            PaymentOutcome outcome = pay(member, late, "key-late");

            assertThat(outcome).isInstanceOf(Paid.class);
            assertThat(member.engine().seatStatuses(SHOW)).containsEntry("B1", SeatStatus.BOOKED);
        }
    }

    @Nested
    class LosingAMember {

        @Test
        void capturesThePaymentOfAMemberThatDiedBeforeCapturing() {
            PaymentCluster cluster = cluster(2);
            Member dying = cluster.member(0);
            Member survivor = cluster.member(1);
            Reservation reservation = hold(dying, "A4");
            dying.terminal().haltAt(HaltPoint.BEFORE_CAPTURE);
            assertThatThrownBy(() -> pay(dying, reservation, "key-dies"))
                    .isInstanceOf(NodeHalted.class);

            cluster.kill(dying);

            await().untilAsserted(() -> assertThat(operationsOf("key-dies"))
                    .containsExactly("AUTHORIZE", "CAPTURE"));
            await().untilAsserted(() -> assertThat(survivor.engine().seatStatuses(SHOW))
                    .containsEntry("A4", SeatStatus.BOOKED));
            assertThat(survivor.engine().find(reservation.reservationId()).orElseThrow()
                    .status()).isEqualTo(ReservationStatus.CONFIRMED);
            assertThat(database.count("bookings")).isEqualTo(1);
        }

        @Test
        void voidsThePaymentOfAMemberThatDiedBeforeRecordingTheAuthorization() {
            PaymentCluster cluster = cluster(2);
            Member dying = cluster.member(0);
            Member survivor = cluster.member(1);
            Reservation reservation = hold(dying, "A5");
            dying.terminal().haltAt(HaltPoint.AFTER_AUTHORIZE);
            assertThatThrownBy(() -> pay(dying, reservation, "key-dies"))
                    .isInstanceOf(NodeHalted.class);

            cluster.kill(dying);

            await().untilAsserted(() -> assertThat(operationsOf("key-dies"))
                    .containsExactly("AUTHORIZE", "VOID"));
            assertThat(database.count("bookings")).isZero();
            // Recovery voids at the terminal first and unpins the hold right after.
            await().untilAsserted(() -> assertThat(survivor.engine()
                    .find(reservation.reservationId()).orElseThrow().status())
                    .isIn(ReservationStatus.RESERVED, ReservationStatus.LAPSED));
        }
    }

    @Nested
    class SplitBrain {

        @Test
        void sellsASeatOnceWhenTwoClustersShareOneDatabase() {
            Member left = cluster(1).member(0);
            Member right = cluster(1).member(0);
            Paid earlier = (Paid) pay(left, hold(left, "B5"), "key-earlier");
            Reservation leftHold = hold(left, "B2", "B3");
            Reservation rightHold = hold(right, "B3", "B4");

            PaymentOutcome leftOutcome = pay(left, leftHold, "key-left");
            PaymentOutcome rightOutcome = pay(right, rightHold, "key-right");

            assertThat(leftOutcome).isInstanceOf(Paid.class);
            assertThat(rightOutcome).isEqualTo(new SeatsSold(rightHold.reservationId()));
            assertThat(operationsOf("key-right")).containsExactly("AUTHORIZE", "VOID");
            assertThat(left.payments().bookings().soldSeats(SHOW))
                    .containsExactly("B2", "B3", "B5");
            assertThat(left.payments().bookings().find(earlier.booking().bookingId()))
                    .isPresent();
        }
    }

    private static Reservation hold(Member member, String... seats) {
        HoldOutcome outcome = member.engine().hold(new HoldRequest(SHOW,
                UUID.randomUUID().toString(), List.of(seats), Map.of(), "test-key"));
        assertThat(outcome).isInstanceOf(HoldOutcome.Reserved.class);
        return ((HoldOutcome.Reserved) outcome).reservation();
    }

    private static PaymentOutcome pay(Member member, Reservation reservation, String key) {
        return member.payments().service().pay(reservation.reservationId(),
                new PaymentRequest(key, new PaymentMethod("CARD", GOOD_CARD)));
    }

    private static void awaitLapsed(Member member, Reservation reservation) {
        await().untilAsserted(() -> assertThat(member.engine().seatStatuses(SHOW)
                .get(reservation.seats().getFirst())).isEqualTo(SeatStatus.AVAILABLE));
    }

    private static List<String> operationsOf(String key) {
        return new DemoPaymentTerminal(database.sessions(), java.time.Clock.systemUTC())
                .operations().stream()
                .filter(op -> op.reference().equals(key))
                .map(TerminalOperation::operation)
                .toList();
    }
}
