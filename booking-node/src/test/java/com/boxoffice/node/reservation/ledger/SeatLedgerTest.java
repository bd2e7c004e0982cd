package com.boxoffice.node.reservation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.model.RefusalReason;
import com.boxoffice.model.SeatStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeatLedgerTest {

    private static final long NOW = 1_000_000;
    private static final long TTL = 5_000;

    private final SeatLedger ledger = new SeatLedger(7, List.of("A1", "A2", "A3", "A4"),
            Long.MAX_VALUE, 1);

    private HoldDecision hold(String id, String session, long now, String... seats) {
        return ledger.hold(now, id, session, List.of(seats), now + TTL, 1);
    }

    @Nested
    class Hold {

        @Test
        void holdsEveryAskedSeatWhenAllAreFree() {
            HoldDecision decision = hold("R7-A", "s1", NOW, "A1", "A2");

            assertThat(decision).isInstanceOf(HoldDecision.Held.class);
            assertThat(ledger.status("A1", NOW)).isEqualTo(SeatStatus.HELD);
            assertThat(ledger.status("A2", NOW)).isEqualTo(SeatStatus.HELD);
            assertThat(ledger.status("A3", NOW)).isEqualTo(SeatStatus.AVAILABLE);
        }

        @Test
        void holdsNothingWhenOneSeatIsTaken() {
            hold("R7-A", "s1", NOW, "A2");

            HoldDecision decision = hold("R7-B", "s2", NOW, "A1", "A2");

            assertThat(decision).isEqualTo(new HoldDecision.Refused(RefusalReason.SEATS_TAKEN,
                    List.of("A1", "A3", "A4")));
            assertThat(ledger.status("A1", NOW)).isEqualTo(SeatStatus.AVAILABLE);
        }

        @Test
        void tellsToWaitWhenOnlyHeldSeatsWouldDo() {
            hold("R7-A", "s1", NOW, "A1", "A2", "A3");

            HoldDecision decision = hold("R7-B", "s2", NOW, "A3", "A4");

            assertThat(decision).isEqualTo(new HoldDecision.Refused(
                    RefusalReason.HELD_BY_OTHERS, List.of()));
        }

        @Test
        void saysFullWhenSoldSeatsLeaveTooFew() {
            ledger.restoreSold(Set.of("A1", "A2", "A3"));

            HoldDecision decision = hold("R7-B", "s2", NOW, "A3", "A4");

            assertThat(decision).isEqualTo(new HoldDecision.Refused(RefusalReason.SHOW_FULL,
                    List.of()));
        }

        @Test
        void refusesASecondOpenReservationOfOneSession() {
            hold("R7-A", "s1", NOW, "A1");

            HoldDecision decision = hold("R7-B", "s1", NOW, "A3");

            assertThat(decision).isEqualTo(new HoldDecision.SessionLimit("R7-A"));
        }

        @Test
        void answersARepeatedHoldAsTheFirstTime() {
            hold("R7-A", "s1", NOW, "A1");

            HoldDecision again = hold("R7-A", "s1", NOW + 10, "A1");

            assertThat(again).isInstanceOfSatisfying(HoldDecision.Held.class,
                    held -> assertThat(held.expiresAt()).isEqualTo(NOW + TTL));
        }
    }

    @Nested
    class Expiry {

        @Test
        void freesSeatsTheMomentTheHoldEndsEvenBeforeASweep() {
            hold("R7-A", "s1", NOW, "A1");

            assertThat(ledger.status("A1", NOW + TTL - 1)).isEqualTo(SeatStatus.HELD);
            assertThat(ledger.status("A1", NOW + TTL)).isEqualTo(SeatStatus.AVAILABLE);
            assertThat(hold("R7-B", "s2", NOW + TTL, "A1"))
                    .isInstanceOf(HoldDecision.Held.class);
        }

        @Test
        void sweepReportsLapsedHoldsAndOnlySeatsNobodyTookSince() {
            hold("R7-A", "s1", NOW, "A1", "A2");
            hold("R7-B", "s2", NOW + TTL, "A2");

            SweepResult result = ledger.sweep(NOW + TTL);

            assertThat(result.lapsed()).extracting(SeatHold::reservationId).containsExactly("R7-A");
            assertThat(result.changes().seats()).containsOnlyKeys("A1");
        }

        @Test
        void letsTheSameSessionHoldAgainOnceItsHoldLapsed() {
            hold("R7-A", "s1", NOW, "A1");

            HoldDecision decision = hold("R7-B", "s1", NOW + TTL, "A2");

            assertThat(decision).isInstanceOf(HoldDecision.Held.class);
        }
    }

    @Nested
    class Payment {

        @Test
        void keepsAPinnedHoldPastItsExpiryAndGivesBackItsTimeOnUnpin() {
            hold("R7-A", "s1", NOW, "A1");

            ledger.pin(NOW + 1_000, "R7-A", "s1", List.of("A1"), NOW + 60_000);
            assertThat(ledger.status("A1", NOW + TTL + 1)).isEqualTo(SeatStatus.HELD);
            long expiresAt = ledger.unpin("R7-A", NOW + 10_000).orElseThrow();

            assertThat(expiresAt).isEqualTo(NOW + 10_000 + TTL - 1_000);
        }

        @Test
        void pinsALapsedHoldAgainOnlyWhileItsSeatsAreFree() {
            hold("R7-A", "s1", NOW, "A1");
            ledger.sweep(NOW + TTL);

            PinDecision first = ledger.pin(NOW + TTL, "R7-A", "s1", List.of("A1"), NOW + 99_000);

            assertThat(first).isInstanceOf(PinDecision.Pinned.class);
        }

        @Test
        void refusesToPinWhenALapsedHoldsSeatWasTakenByOthers() {
            hold("R7-A", "s1", NOW, "A1");
            hold("R7-B", "s2", NOW + TTL, "A1");

            PinDecision decision = ledger.pin(NOW + TTL, "R7-A", "s1", List.of("A1"), NOW + 99_000);

            assertThat(decision).isInstanceOf(PinDecision.Gone.class);
        }

        @Test
        void sellsTheSeatsOnConfirm() {
            hold("R7-A", "s1", NOW, "A1");

            ledger.confirm("R7-A", List.of("A1"));

            assertThat(ledger.status("A1", NOW + TTL * 10)).isEqualTo(SeatStatus.BOOKED);
            assertThat(hold("R7-B", "s2", NOW, "A1")).isInstanceOf(HoldDecision.Refused.class);
        }
    }
}
