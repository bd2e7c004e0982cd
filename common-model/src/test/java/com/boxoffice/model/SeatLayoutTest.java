package com.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeatLayoutTest {

    private static final String PLAN = """
            A WW..RRRR..WW
            B RRR.RRRR.RRR
            -
            C PPP.PPPP.PPP
            """;

    @Nested
    class Parsing {

        @Test
        void numbersSeatsLeftToRightSkippingAisles() {
            SeatLayout layout = SeatLayout.parse(PLAN);

            assertThat(layout.seat("A3")).get().satisfies(seat -> {
                assertThat(seat.x()).isEqualTo(4);
                assertThat(seat.type()).isEqualTo(SeatType.REGULAR);
            });
            assertThat(layout.seat("A8")).get().extracting(SeatPosition::type)
                    .isEqualTo(SeatType.ACCESSIBLE);
            assertThat(layout.seat("A9")).isEmpty();
        }

        @Test
        void leavesALineEmptyForACrossAisle() {
            SeatLayout layout = SeatLayout.parse(PLAN);

            assertThat(layout.seat("B1").orElseThrow().y()).isEqualTo(1);
            assertThat(layout.seat("C1").orElseThrow().y()).isEqualTo(3);
            assertThat(layout.depth()).isEqualTo(4);
        }

        @Test
        void countsSeatsByType() {
            SeatLayout layout = SeatLayout.parse(PLAN);

            assertThat(layout.size()).isEqualTo(28);
            assertThat(layout.count(SeatType.ACCESSIBLE)).isEqualTo(4);
            assertThat(layout.count(SeatType.PREMIUM)).isEqualTo(10);
        }

        @Test
        void refusesARowNamedTwice() {
            assertThatThrownBy(() -> SeatLayout.parse("A RRR\nA RRR"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row A appears twice");
        }

        @Test
        void refusesAnUnknownSeatSymbol() {
            assertThatThrownBy(() -> SeatLayout.parse("A RRX"))
                    .hasMessageContaining("unknown seat symbol 'X'");
        }

        @Test
        void refusesAHallWithoutSeats() {
            assertThatThrownBy(() -> SeatLayout.parse("A ...."))
                    .hasMessageContaining("at least one seat");
        }
    }

    @Test
    void writesAPlanThatReadsBackToTheSameLayout() {
        SeatLayout layout = SeatLayout.parse(PLAN);

        SeatLayout again = SeatLayout.parse(layout.toPlan());

        assertThat(again).isEqualTo(layout);
        assertThat(again.depth()).isEqualTo(layout.depth());
    }

    @Test
    void namesRowsPastZWithTwoLetters() {
        assertThat(SeatLayout.rowName(0)).isEqualTo("A");
        assertThat(SeatLayout.rowName(25)).isEqualTo("Z");
        assertThat(SeatLayout.rowName(26)).isEqualTo("AA");
        assertThat(SeatLayout.rowName(27)).isEqualTo("AB");
        assertThat(SeatLayout.rectangle(30, 10).size()).isEqualTo(300);
    }
}
