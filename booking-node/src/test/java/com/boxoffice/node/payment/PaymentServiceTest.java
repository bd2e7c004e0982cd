package com.boxoffice.node.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.boxoffice.model.BookingStatus;
import com.boxoffice.model.Money;
import com.boxoffice.model.ReservationStatus;
import com.boxoffice.model.api.BookingView;
import com.boxoffice.model.api.PaymentMethod;
import com.boxoffice.model.api.PaymentRequest;
import com.boxoffice.model.api.TicketView;
import com.boxoffice.node.booking.CancelOutcome;
import com.boxoffice.node.http.ApiException;
import com.boxoffice.node.payment.DemoPaymentTerminal.TerminalOperation;
import com.boxoffice.node.payment.HaltingTerminal.HaltPoint;
import com.boxoffice.node.payment.HaltingTerminal.NodeHalted;
import com.boxoffice.node.payment.PaymentOutcome.AlreadyConfirmed;
import com.boxoffice.node.payment.PaymentOutcome.Declined;
import com.boxoffice.node.payment.PaymentOutcome.HoldLapsed;
import com.boxoffice.node.payment.PaymentOutcome.InProgress;
import com.boxoffice.node.payment.PaymentOutcome.Interrupted;
import com.boxoffice.node.payment.PaymentOutcome.KeyReused;
import com.boxoffice.node.payment.PaymentOutcome.Paid;
import com.boxoffice.node.payment.PaymentOutcome.SeatsSold;
import com.boxoffice.node.reservation.HoldOutcome;
import com.boxoffice.node.reservation.Reservation;
import com.boxoffice.node.reservation.ReservationEngine.HoldRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentServiceTest {

    private static final long SHOW = 1;
    private static final String GOOD_CARD = DemoPaymentTerminal.APPROVED_CARD;
    private static final String BAD_CARD = DemoPaymentTerminal.DECLINED_CARD;
    private static final Duration HOLD_TTL = Duration.ofMinutes(5);
    private static final Duration SETTLE_AFTER = Duration.ofSeconds(30);

    private static PaymentDatabase database;

    private TestClock clock;
    private TestShows shows;
    private InMemoryEngine engine;
    private DemoPaymentTerminal demoTerminal;
    private HaltingTerminal terminal;
    private Payments payments;

    @BeforeAll
    static void startDatabase() {
        database = PaymentDatabase.start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void wire() {
        database.clear();
        clock = new TestClock(Instant.parse("2026-12-03T12:00:00Z"));
        shows = new TestShows();
        shows.add(SHOW, clock.instant().plus(Duration.ofDays(1)));
        engine = new InMemoryEngine(shows, clock, HOLD_TTL);
        demoTerminal = new DemoPaymentTerminal(database.sessions(), clock);
        terminal = new HaltingTerminal(demoTerminal);
        payments = wire(engine);
    }

    private Payments wire(InMemoryEngine withEngine) {
        return new Payments(database.sessions(), withEngine, shows, terminal, clock,
                new PaymentSettings(SETTLE_AFTER, Duration.ofSeconds(1)));
    }

    @Nested
    class Paying {

        @Test
        void booksTheSeatsAndCapturesWhenTheCardIsApproved() {
            Reservation reservation = hold("A1", "A2");

            PaymentOutcome outcome = pay(reservation, "key-1", GOOD_CARD);

            BookingView booking = ((Paid) outcome).booking();
            assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(booking.tickets()).extracting(TicketView::seat).containsExactly("A1", "A2");
            assertThat(booking.tickets()).extracting(TicketView::code).doesNotHaveDuplicates()
                    .allMatch(code -> code.length() >= 20);
            assertThat(booking.total()).isEqualTo(Money.of(2400, "EUR"));
            assertThat(booking.movieTitle()).isEqualTo("The Long Night");
            assertThat(booking.hallName()).isEqualTo("Hall 1");
            assertThat(operationsOf("key-1")).containsExactly("AUTHORIZE", "CAPTURE");
            assertThat(engine.find(reservation.reservationId()).orElseThrow().status())
                    .isEqualTo(ReservationStatus.CONFIRMED);
            assertThat(engine.sold(SHOW, "A1")).isTrue();
            assertThat(payments.bookings().soldSeats(SHOW)).containsExactly("A1", "A2");
        }

        @Test
        void keepsTheHoldWhenTheCardIsDeclinedAndAcceptsAnotherCardUnderANewKey() {
            Reservation reservation = hold("B1");

            PaymentOutcome declined = pay(reservation, "key-bad", BAD_CARD);
            ReservationStatus afterDecline =
                    engine.find(reservation.reservationId()).orElseThrow().status();
            PaymentOutcome paid = pay(reservation, "key-good", GOOD_CARD);

            assertThat(declined).isInstanceOf(Declined.class);
            assertThat(afterDecline).isEqualTo(ReservationStatus.RESERVED);
            assertThat(paid).isInstanceOf(Paid.class);
            assertThat(operationsOf("key-bad")).containsExactly("DECLINE");
            assertThat(operationsOf("key-good")).containsExactly("AUTHORIZE", "CAPTURE");
        }

        @Test
        void repeatsTheAnswerOfARepeatedKeyAndChargesOnce() {
            Reservation reservation = hold("A3");

            Paid first = (Paid) pay(reservation, "key-same", GOOD_CARD);
            PaymentOutcome second = pay(reservation, "key-same", GOOD_CARD);

            assertThat(second).isInstanceOf(Paid.class);
            assertThat(((Paid) second).booking().bookingId())
                    .isEqualTo(first.booking().bookingId());
            assertThat(operationsOf("key-same")).containsExactly("AUTHORIZE", "CAPTURE");
            assertThat(database.count("bookings")).isEqualTo(1);
        }

        @Test
        void repeatsADeclineForARepeatedKeyWithoutAskingTheTerminalAgain() {
            Reservation reservation = hold("A3");

            pay(reservation, "key-declined", BAD_CARD);
            PaymentOutcome again = pay(reservation, "key-declined", GOOD_CARD);

            assertThat(again).isInstanceOf(Declined.class);
            assertThat(operationsOf("key-declined")).containsExactly("DECLINE");
        }

        @Test
        void answersWithTheBookingWhenTheReservationIsAlreadyPaid() {
            Reservation reservation = hold("A4");
            Paid paid = (Paid) pay(reservation, "key-a", GOOD_CARD);

            PaymentOutcome again = pay(reservation, "key-b", GOOD_CARD);

            assertThat(again).isEqualTo(new AlreadyConfirmed(reservation.reservationId(),
                    paid.booking().bookingId()));
            assertThat(operationsOf("key-b")).isEmpty();
        }

        @Test
        void refusesASecondAttemptWhileTheFirstIsUnderWay() {
            Reservation reservation = hold("A2");
            terminal.haltAt(HaltPoint.AFTER_AUTHORIZE);
            assertThatThrownBy(() -> pay(reservation, "key-first", GOOD_CARD))
                    .isInstanceOf(NodeHalted.class);
            terminal.haltAt(HaltPoint.NONE);

            PaymentOutcome outcome = pay(reservation, "key-second", GOOD_CARD);

            assertThat(outcome).isEqualTo(new InProgress(reservation.reservationId()));
            assertThat(operationsOf("key-second")).isEmpty();
        }

        @Test
        void refusesAKeyAlreadyUsedForAnotherReservation() {
            Reservation first = hold("A1");
            Reservation second = hold("A2");
            pay(first, "key-shared", GOOD_CARD);

            PaymentOutcome outcome = pay(second, "key-shared", GOOD_CARD);

            assertThat(outcome).isEqualTo(new KeyReused("key-shared", second.reservationId()));
            assertThat(engine.find(second.reservationId()).orElseThrow().status())
                    .isEqualTo(ReservationStatus.RESERVED);
        }
    }

    @Nested
    class PayingLate {

        @Test
        void refusesWithoutChargingWhenTheLapsedHoldsSeatsWereSoldToSomeoneElse() {
            Reservation late = hold("C1", "C2");
            clock.advance(HOLD_TTL.plusSeconds(1));
            Reservation other = hold("C2");
            pay(other, "key-other", GOOD_CARD);

            PaymentOutcome outcome = pay(late, "key-late", GOOD_CARD);
            PaymentOutcome retried = pay(late, "key-late", GOOD_CARD);

            assertThat(outcome).isEqualTo(new HoldLapsed(late.reservationId()));
            assertThat(retried).isEqualTo(outcome);
            assertThat(operationsOf("key-late")).isEmpty();
            assertThat(database.count("bookings")).isEqualTo(1);
        }

        @Test
        void booksALapsedHoldWhoseSeatsAreStillFree() {
            Reservation late = hold("C3");
            clock.advance(HOLD_TTL.plusSeconds(1));

            PaymentOutcome outcome = pay(late, "key-late", GOOD_CARD);

            assertThat(outcome).isInstanceOf(Paid.class);
            assertThat(payments.bookings().soldSeats(SHOW)).containsExactly("C3");
        }
    }

    @Nested
    class SplitCluster {

        @Test
        void voidsThePaymentOfASeatThatAnotherClusterSold() {
            InMemoryEngine otherCluster = new InMemoryEngine(shows, clock, HOLD_TTL);
            Payments otherPayments = wire(otherCluster);
            Reservation here = hold("B2");
            Reservation there = hold(otherCluster, "B2", "B3");
            pay(here, "key-here", GOOD_CARD);

            PaymentOutcome outcome = otherPayments.service().pay(there.reservationId(),
                    request("key-there", GOOD_CARD));

            assertThat(outcome).isEqualTo(new SeatsSold(there.reservationId()));
            assertThat(operationsOf("key-there")).containsExactly("AUTHORIZE", "VOID");
            assertThat(payments.bookings().soldSeats(SHOW)).containsExactly("B2");
            assertThat(database.count("bookings")).isEqualTo(1);
        }
    }

    @Nested
    class Validating {

        @Test
        void refusesARequestWithoutIdempotencyKey() {
            Reservation reservation = hold("A1");

            assertThatThrownBy(() -> payments.service().pay(reservation.reservationId(),
                    new PaymentRequest(" ", new PaymentMethod("CARD", GOOD_CARD))))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.body().field()).isEqualTo("idempotencyKey"));
            assertThat(database.count("payment_intents")).isZero();
        }

        @Test
        void refusesARequestWithoutMethod() {
            Reservation reservation = hold("A1");

            assertThatThrownBy(() -> payments.service().pay(reservation.reservationId(),
                    new PaymentRequest("k", null)))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.body().field()).isEqualTo("method"));
        }

        @Test
        void refusesACardNumberWithAWrongCheckDigit() {
            Reservation reservation = hold("A1");

            assertThatThrownBy(() -> pay(reservation, "k", "4242424242424241"))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.body().field()).isEqualTo("method.cardNumber"));
            assertThat(engine.find(reservation.reservationId()).orElseThrow().status())
                    .isEqualTo(ReservationStatus.RESERVED);
            assertThat(database.count("terminal_operations")).isZero();
        }

        @Test
        void declinesAValidCardThatTheDemoTerminalDoesNotKnow() {
            Reservation reservation = hold("A1");

            PaymentOutcome outcome = pay(reservation, "k", "5555555555554444");

            assertThat(outcome).isInstanceOfSatisfying(Declined.class,
                    d -> assertThat(d.reason()).contains("****4444").doesNotContain("5555555"));
        }
    }

    @Nested
    class Recovering {

        @Test
        void voidsAnAuthorizationWhoseNodeStoppedBeforeRecordingIt() {
            Reservation reservation = hold("A1");
            terminal.haltAt(HaltPoint.AFTER_AUTHORIZE);
            assertThatThrownBy(() -> pay(reservation, "key-halted", GOOD_CARD))
                    .isInstanceOf(NodeHalted.class);
            terminal.haltAt(HaltPoint.NONE);
            clock.advance(SETTLE_AFTER.plusSeconds(1));

            int settled = wire(engine).recovery().settleNow();

            assertThat(settled).isEqualTo(1);
            assertThat(operationsOf("key-halted")).containsExactly("AUTHORIZE", "VOID");
            assertThat(database.count("bookings")).isZero();
            assertThat(engine.find(reservation.reservationId()).orElseThrow().status())
                    .isEqualTo(ReservationStatus.RESERVED);
            assertThat(pay(reservation, "key-halted", GOOD_CARD))
                    .isEqualTo(new Interrupted(reservation.reservationId()));
        }

        @Test
        void capturesABookingWhoseNodeStoppedBeforeCapturing() {
            Reservation reservation = hold("A2");
            terminal.haltAt(HaltPoint.BEFORE_CAPTURE);
            assertThatThrownBy(() -> pay(reservation, "key-halted", GOOD_CARD))
                    .isInstanceOf(NodeHalted.class);
            terminal.haltAt(HaltPoint.NONE);
            clock.advance(SETTLE_AFTER.plusSeconds(1));

            wire(engine).recovery().settleNow();

            assertThat(operationsOf("key-halted")).containsExactly("AUTHORIZE", "CAPTURE");
            assertThat(engine.find(reservation.reservationId()).orElseThrow().status())
                    .isEqualTo(ReservationStatus.CONFIRMED);
            assertThat(pay(reservation, "key-halted", GOOD_CARD)).isInstanceOf(Paid.class);
        }

        @Test
        void settlesEachUnfinishedPaymentOnceWhenTwoMembersRecoverAtOnce() throws Exception {
            terminal.haltAt(HaltPoint.BEFORE_CAPTURE);
            for (String seat : List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4")) {
                Reservation reservation = hold(seat);
                assertThatThrownBy(() -> pay(reservation, "key-" + seat, GOOD_CARD))
                        .isInstanceOf(NodeHalted.class);
            }
            terminal.haltAt(HaltPoint.NONE);
            clock.advance(SETTLE_AFTER.plusSeconds(1));
            PaymentRecovery one = wire(engine).recovery();
            PaymentRecovery two = wire(engine).recovery();

            try (var pool = Executors.newFixedThreadPool(2)) {
                Future<Integer> first = pool.submit(one::settleNow);
                Future<Integer> second = pool.submit(two::settleNow);

                assertThat(first.get() + second.get()).isEqualTo(8);
            }
            assertThat(demoTerminal.operations()).filteredOn(op -> op.operation().equals("CAPTURE"))
                    .hasSize(8);
            assertThat(database.count("payment_intents where state = 'CAPTURED'")).isEqualTo(8);
        }

        @Test
        void finishesARefundWhoseNodeStoppedBeforeRefunding() {
            Reservation reservation = hold("B1");
            Paid paid = (Paid) pay(reservation, "key-refund", GOOD_CARD);
            terminal.haltAt(HaltPoint.BEFORE_REFUND);
            assertThatThrownBy(() -> payments.cancellation().cancel(paid.booking().bookingId()))
                    .isInstanceOf(NodeHalted.class);
            terminal.haltAt(HaltPoint.NONE);
            clock.advance(SETTLE_AFTER.plusSeconds(1));

            wire(engine).recovery().settleNow();

            assertThat(operationsOf("key-refund"))
                    .containsExactly("AUTHORIZE", "CAPTURE", "REFUND");
            assertThat(engine.sold(SHOW, "B1")).isFalse();
            assertThat(payments.cancellation().cancel(paid.booking().bookingId()))
                    .isInstanceOfSatisfying(CancelOutcome.Cancelled.class, c -> assertThat(
                            c.booking().status()).isEqualTo(BookingStatus.CANCELLED));
        }

        @Test
        void leavesAPaymentAloneWhileItsLeaseRuns() {
            Reservation reservation = hold("A3");
            terminal.haltAt(HaltPoint.BEFORE_CAPTURE);
            assertThatThrownBy(() -> pay(reservation, "key-busy", GOOD_CARD))
                    .isInstanceOf(NodeHalted.class);
            terminal.haltAt(HaltPoint.NONE);

            int settled = wire(engine).recovery().settleNow();

            assertThat(settled).isZero();
            assertThat(operationsOf("key-busy")).containsExactly("AUTHORIZE");
        }
    }

    @Nested
    class Cancelling {

        @Test
        void refundsOnceAndFreesTheSeatsEvenWhenCancelledTwice() {
            Reservation reservation = hold("A1", "A2");
            Paid paid = (Paid) pay(reservation, "key-c", GOOD_CARD);
            String bookingId = paid.booking().bookingId();

            CancelOutcome first = payments.cancellation().cancel(bookingId);
            CancelOutcome second = payments.cancellation().cancel(bookingId);

            assertThat(first).isInstanceOfSatisfying(CancelOutcome.Cancelled.class,
                    c -> assertThat(c.booking().status()).isEqualTo(BookingStatus.CANCELLED));
            assertThat(second).isEqualTo(first);
            assertThat(operationsOf("key-c")).containsExactly("AUTHORIZE", "CAPTURE", "REFUND");
            assertThat(payments.bookings().soldSeats(SHOW)).isEmpty();
            assertThat(engine.sold(SHOW, "A1")).isFalse();
            assertThat(hold("A1", "A2")).isNotNull();
        }

        @Test
        void refusesOnceTheShowHasStarted() {
            Reservation reservation = hold("A1");
            Paid paid = (Paid) pay(reservation, "key-s", GOOD_CARD);
            clock.advance(Duration.ofDays(1));

            CancelOutcome outcome = payments.cancellation().cancel(paid.booking().bookingId());

            assertThat(outcome).isInstanceOf(CancelOutcome.ShowStarted.class);
            assertThat(operationsOf("key-s")).containsExactly("AUTHORIZE", "CAPTURE");
        }
    }

    private Reservation hold(String... seats) {
        return hold(engine, seats);
    }

    private Reservation hold(InMemoryEngine on, String... seats) {
        HoldOutcome outcome = on.hold(new HoldRequest(SHOW, UUID.randomUUID().toString(),
                List.of(seats), Map.of(), "test-key"));
        return ((HoldOutcome.Reserved) outcome).reservation();
    }

    private PaymentOutcome pay(Reservation reservation, String key, String card) {
        return payments.service().pay(reservation.reservationId(), request(key, card));
    }

    private static PaymentRequest request(String key, String card) {
        return new PaymentRequest(key, new PaymentMethod("CARD", card));
    }

    private List<String> operationsOf(String key) {
        return demoTerminal.operations().stream()
                .filter(op -> op.reference().equals(key))
                .map(TerminalOperation::operation)
                .toList();
    }
}
