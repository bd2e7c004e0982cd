package com.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void findsTheTaxContainedInAGrossPrice() {
        Money gross = Money.of(1190, "EUR");

        assertThat(gross.includedTax(1900)).isEqualTo(Money.of(190, "EUR"));
        assertThat(Money.of(1250, "EUR").includedTax(700)).isEqualTo(Money.of(82, "EUR"));
    }

    @Test
    void discountsAChildTicketRoundingHalfUp() {
        assertThat(Money.of(1250, "EUR").discounted(30)).isEqualTo(Money.of(875, "EUR"));
        assertThat(Money.of(999, "EUR").discounted(20)).isEqualTo(Money.of(799, "EUR"));
    }

    @Test
    void refusesToAddDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "EUR").plus(Money.of(1, "USD")))
                .hasMessageContaining("cannot add USD to EUR");
    }

    @Test
    void printsMajorAndMinorUnits() {
        assertThat(Money.of(1205, "EUR")).hasToString("EUR 12.05");
    }

    @Property
    void taxNeverExceedsTheGrossAmount(@ForAll @LongRange(min = 0, max = 10_000_000) long amount,
                                       @ForAll @IntRange(min = 0, max = 5000) int rate) {
        Money tax = Money.of(amount, "EUR").includedTax(rate);

        assertThat(tax.amountMinor()).isBetween(0L, amount);
    }
}
