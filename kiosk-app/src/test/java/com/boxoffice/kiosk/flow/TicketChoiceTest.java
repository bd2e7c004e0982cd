package com.boxoffice.kiosk.flow;

import com.boxoffice.model.TicketType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TicketChoiceTest {

    @Test
    void namesChildAndConcessionSeatsAfterTheAdults() {
        TicketChoice choice = new TicketChoice(1, 1, 1);

        var types = choice.typesFor(List.of("A1", "A2", "A3"));

        assertThat(types).containsExactly(
                java.util.Map.entry("A2", TicketType.CHILD),
                java.util.Map.entry("A3", TicketType.CONCESSION));
    }

    @Test
    void leavesAnAllAdultChoiceUnnamed() {
        TicketChoice choice = new TicketChoice(2, 0, 0);

        assertThat(choice.typesFor(List.of("A1", "A2"))).isEmpty();
        assertThat(choice.seatCount()).isEqualTo(2);
    }
}
