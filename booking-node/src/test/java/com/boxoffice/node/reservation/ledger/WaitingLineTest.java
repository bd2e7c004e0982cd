package com.boxoffice.node.reservation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.SeatStatus;
import com.boxoffice.model.WaitStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The waiting line on one show's ledger: who may wait, who is offered which seats, and when a
 * wait ends.
 */
class WaitingLineTest {

    private static final long NOW = 1_000_000;
    private static final long TTL = 5_000;
    private static final long OFFER = 2_000;
    private static final long MAX_WAIT = 60_000;

    private final SeatLedger ledger = new SeatLedger(7, List.of("A1", "A2", "A3", "A4"),
            Long.MAX_VALUE, 1);

    private void hold(String id, long now, String... seats) {
        ledger.hold(now, id, "holder-" + id, List.of(seats), now + TTL, 1);
    }

    private JoinDecision join(String waitId, int seats, long now) {
        return ledger.joinLine(now, WaitingCustomer.arriving(waitId, "session-" + waitId, "key",
                seats, now, now + MAX_WAIT));
    }

    private LineChanges call(long now) {
        return ledger.callLine(new WaitingCall(now, now + OFFER, List.of("X1", "X2", "X3")));
    }

    private WaitingCustomer customer(String waitId) {
        return ledger.waiter(waitId).orElseThrow().customer();
    }

    @Nested
    class Joining {

        @Test
        void letsACustomerWaitWhenOnlyHeldSeatsWouldDo() {
            hold("R7-A", NOW, "A1", "A2", "A3");

            JoinDecision decision = join("W7-1", 2, NOW);

            assertThat(decision).isInstanceOf(JoinDecision.Joined.class);
            assertThat(((JoinDecision.Joined) decision).position()).isEqualTo(1);
        }

        @Test
        void sendsACustomerToReserveWhenEnoughSeatsAreFree() {
            hold("R7-A", NOW, "A1", "A2");

            JoinDecision decision = join("W7-1", 2, NOW);

            assertThat(decision).isEqualTo(new JoinDecision.SeatsFree(2));
            assertThat(ledger.waiters()).isEmpty();
        }

        @Test
        void refusesAWaitThatCannotBeServed() {
            ledger.restoreSold(Set.of("A1", "A2"));
            hold("R7-A", NOW, "A3", "A4");

            JoinDecision decision = join("W7-1", 3, NOW);

            assertThat(decision).isEqualTo(new JoinDecision.ShowFull(2));
        }

        @Test
        void refusesASecondWaitOfTheSameSession() {
            hold("R7-A", NOW, "A1", "A2", "A3", "A4");
            join("W7-1", 1, NOW);

            JoinDecision decision = ledger.joinLine(NOW, WaitingCustomer.arriving("W7-2",
                    "session-W7-1", "key", 2, NOW, NOW + MAX_WAIT));

            assertThat(decision).isEqualTo(new JoinDecision.AlreadyWaiting("W7-1"));
        }

        @Test
        void doesNotNameTheWaitOfAnotherKeyThatUsesTheSameSession() {
            hold("R7-A", NOW, "A1", "A2", "A3", "A4");
            join("W7-1", 1, NOW);

            JoinDecision decision = ledger.joinLine(NOW, WaitingCustomer.arriving("W7-2",
                    "session-W7-1", "another-key", 2, NOW, NOW + MAX_WAIT));

            assertThat(decision).isEqualTo(new JoinDecision.AlreadyWaiting(null));
            assertThat(ledger.waiter("W7-2")).isEmpty();
        }
    }

    @Nested
    class Calling {

        @Test
        void offersAFreedSeatToTheLongestWaitingCustomerOnly() {
            hold("R7-A", NOW, "A1");
            hold("R7-B", NOW, "A2", "A3", "A4");
            join("W7-1", 1, NOW);
            join("W7-2", 1, NOW + 1);
            ledger.release("R7-A", NOW + 2);

            LineChanges changes = call(NOW + 3);

            assertThat(changes.offers()).singleElement().satisfies(offer -> {
                assertThat(offer.waitId()).isEqualTo("W7-1");
                assertThat(offer.seats()).containsExactly("A1");
                assertThat(offer.reservationId()).isEqualTo("R7-X1");
                assertThat(offer.expiresAt()).isEqualTo(NOW + 3 + OFFER);
            });
            assertThat(customer("W7-1").status()).isEqualTo(WaitStatus.SEATS_AVAILABLE);
            assertThat(ledger.waiter("W7-2").orElseThrow().position()).isEqualTo(1);
            assertThat(ledger.status("A1", NOW + 3)).isEqualTo(SeatStatus.HELD);
        }

        @Test
        void skipsACustomerWhoNeedsMoreSeatsThanAreFreeWithoutLosingTheirPlace() {
            hold("R7-A", NOW, "A1");
            hold("R7-B", NOW, "A2", "A3", "A4");
            join("W7-1", 4, NOW);
            join("W7-2", 1, NOW);
            ledger.release("R7-A", NOW + 1);

            LineChanges changes = call(NOW + 2);

            assertThat(changes.offers()).singleElement()
                    .satisfies(offer -> assertThat(offer.waitId()).isEqualTo("W7-2"));
            assertThat(ledger.waiter("W7-1").orElseThrow().position()).isEqualTo(1);
        }

        @Test
        void keepsSeatsMeantForTheLineFromAWalkInUntilTheyAreOffered() {
            hold("R7-A", NOW, "A1", "A2", "A3", "A4");
            join("W7-1", 1, NOW);

            HoldDecision walkIn = ledger.hold(NOW + TTL, "R7-B", "walk-in", List.of("A1"),
                    NOW + 2 * TTL, 1);

            assertThat(walkIn).isEqualTo(new HoldDecision.Refused(RefusalReason.SEATS_TAKEN,
                    List.of("A2", "A3", "A4")));
        }

        @Test
        void givesAnOfferThatLapsedToTheNextCustomer() {
            hold("R7-A", NOW, "A1");
            ledger.hold(NOW, "R7-B", "s", List.of("A2", "A3", "A4"), NOW + 100 * TTL, 1);
            join("W7-1", 1, NOW);
            join("W7-2", 1, NOW);
            ledger.release("R7-A", NOW + 1);
            call(NOW + 2);

            ledger.sweep(NOW + 2 + OFFER);
            LineChanges changes = call(NOW + 2 + OFFER);

            assertThat(customer("W7-1").status()).isEqualTo(WaitStatus.EXPIRED);
            assertThat(changes.offers()).singleElement()
                    .satisfies(offer -> assertThat(offer.waitId()).isEqualTo("W7-2"));
        }

        @Test
        void endsAWaitThatRanPastTheLongestWait() {
            hold("R7-A", NOW, "A1", "A2", "A3", "A4");
            join("W7-1", 1, NOW);

            LineChanges changes = call(NOW + MAX_WAIT);

            assertThat(changes.ended()).singleElement()
                    .satisfies(c -> assertThat(c.status()).isEqualTo(WaitStatus.EXPIRED));
        }

        @Test
        void tellsACustomerAtOnceWhenTooFewSeatsAreLeftUnsold() {
            hold("R7-A", NOW, "A1", "A2");
            hold("R7-B", NOW, "A3", "A4");
            join("W7-1", 3, NOW);
            join("W7-2", 2, NOW);

            ledger.confirm("R7-A", List.of("A1", "A2"));
            call(NOW + 1);

            assertThat(customer("W7-1").status()).isEqualTo(WaitStatus.CANNOT_BE_SERVED);
            assertThat(customer("W7-2").status()).isEqualTo(WaitStatus.WAITING);
        }

        @Test
        void offersSideBySideSeatsWhenThereAreSome() {
            SeatLedger hall = new SeatLedger(8, List.of("A1", "A2", "A3", "B1", "B2"),
                    Long.MAX_VALUE, 1);
            hall.hold(NOW, "R8-A", "s", List.of("A1", "A2", "A3", "B1", "B2"), NOW + TTL, 1);
            hall.joinLine(NOW, WaitingCustomer.arriving("W8-1", "w", "key", 2, NOW,
                    NOW + MAX_WAIT));
            hall.confirm("R8-A", List.of("A1", "A2", "A3", "B1", "B2"));
            hall.freeSold(List.of("A1", "A3", "B2", "B1"), NOW + 1);

            LineChanges changes = hall.callLine(new WaitingCall(NOW + 2, NOW + OFFER,
                    List.of("X")));

            assertThat(changes.offers()).singleElement()
                    .satisfies(offer -> assertThat(offer.seats()).containsExactly("B1", "B2"));
        }
    }

    @Nested
    class Leaving {

        @Test
        void givesBackAnOfferNotYetPaid() {
            hold("R7-A", NOW, "A1", "A2", "A3", "A4");
            join("W7-1", 1, NOW);
            ledger.release("R7-A", NOW + 1);
            call(NOW + 2);

            LeaveDecision decision = ledger.leaveLine("W7-1", "key", NOW + 3);

            assertThat(decision).isInstanceOf(LeaveDecision.Left.class);
            assertThat(((LeaveDecision.Left) decision).releasedOffer()).isEqualTo("R7-X1");
            assertThat(customer("W7-1").status()).isEqualTo(WaitStatus.CANCELLED);
            assertThat(ledger.status("A1", NOW + 3)).isEqualTo(SeatStatus.AVAILABLE);
        }

        @Test
        void movesEveryoneBehindUpByOne() {
            hold("R7-A", NOW, "A1", "A2", "A3", "A4");
            join("W7-1", 1, NOW);
            join("W7-2", 1, NOW);

            ledger.leaveLine("W7-1", "key", NOW + 1);

            assertThat(ledger.waiter("W7-2").orElseThrow().position()).isEqualTo(1);
            assertThat(ledger.waiter("W7-1").orElseThrow().position()).isZero();
        }

        @Test
        void keepsTheCustomerInLineWhenAnotherKeyAsks() {
            hold("R7-A", NOW, "A1", "A2", "A3", "A4");
            join("W7-1", 1, NOW);

            LeaveDecision decision = ledger.leaveLine("W7-1", "other key", NOW + 1);

            assertThat(decision).isInstanceOf(LeaveDecision.Unknown.class);
            assertThat(customer("W7-1").status()).isEqualTo(WaitStatus.WAITING);
            assertThat(ledger.waiter("W7-1").orElseThrow().position()).isEqualTo(1);
        }

        @Test
        void givesBackNoOfferWhenAnotherKeyAsks() {
            hold("R7-A", NOW, "A1", "A2", "A3", "A4");
            join("W7-1", 1, NOW);
            ledger.release("R7-A", NOW + 1);
            call(NOW + 2);

            LeaveDecision decision = ledger.leaveLine("W7-1", "other key", NOW + 3);

            assertThat(decision).isInstanceOf(LeaveDecision.Unknown.class);
            assertThat(customer("W7-1").status()).isEqualTo(WaitStatus.SEATS_AVAILABLE);
            assertThat(ledger.status("A1", NOW + 3)).isEqualTo(SeatStatus.HELD);
        }
    }

    @Nested
    class Reading {

        @Test
        void findsTheCustomerOnlyForTheKeyThatJoined() {
            hold("R7-A", NOW, "A1", "A2", "A3", "A4");
            join("W7-1", 1, NOW);

            WaiterPlace own = new WaiterLookup("W7-1", "key").process(Map.entry(7L, ledger));
            WaiterPlace other = new WaiterLookup("W7-1", "other key")
                    .process(Map.entry(7L, ledger));

            assertThat(own.customer().waitId()).isEqualTo("W7-1");
            assertThat(other).isNull();
        }

        @Test
        void letsAnyKeyReadAWaitJoinedWithoutOne() {
            WaitingCustomer keyless = WaitingCustomer.arriving("W7-1", "s", null, 1, NOW,
                    NOW + MAX_WAIT);

            assertThat(keyless.belongsTo("key")).isTrue();
            assertThat(keyless.belongsTo(null)).isTrue();
        }
    }
}
