package com.boxoffice.node.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.model.SeatBlock;
import com.boxoffice.model.SeatLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlternativesTest {

    @Test
    void offersUpToThreeDisjointBlocksNearestToTheAskedSeatsFirst() {
        SeatLayout layout = SeatLayout.rectangle(3, 6);
        List<String> free = List.of("A1", "A2", "A3", "B4", "B5", "B6", "C1", "C2");

        List<SeatBlock> blocks = Alternatives.find(layout, free, List.of("B2", "B3"));

        assertThat(blocks).hasSize(3);
        assertThat(blocks.getFirst().seats()).containsAnyOf("A2", "A3", "C1", "C2");
        assertThat(blocks).allSatisfy(b -> assertThat(b.seats()).hasSize(2));
        assertThat(blocks.stream().flatMap(b -> b.seats().stream()).distinct().count())
                .isEqualTo(6);
    }

    @Test
    void neverOffersSeatsAcrossAnAisle() {
        SeatLayout layout = SeatLayout.parse("A RR.RR");

        List<SeatBlock> blocks = Alternatives.find(layout, List.of("A2", "A3"), List.of("A1",
                "A2"));

        assertThat(blocks).isEmpty();
    }
}
