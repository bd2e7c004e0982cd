package com.boxoffice.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An amount of money in the currency's minor unit (cents for EUR), so that sums never round.
 * Serializable because reservations that carry a total live in the cluster's maps.
 */
public record Money(long amountMinor, String currency) implements Serializable {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO-4217 code, was " + currency);
        }
    }

    public static Money of(long amountMinor, String currency) {
        return new Money(amountMinor, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }

    public Money times(int factor) {
        return new Money(Math.multiplyExact(amountMinor, factor), currency);
    }

    /** Takes the given percentage off, rounding half up to the minor unit. */
    public Money discounted(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("discount must be 0-100 percent, was " + percent);
        }
        long kept = amountMinor * (100 - percent);
        return new Money(Math.floorDiv(kept + 50, 100), currency);
    }

    /**
     * The tax contained in this gross amount at the given rate in basis points (1900 = 19 %),
     * rounded half up to the minor unit.
     */
    public Money includedTax(int rateBasisPoints) {
        if (rateBasisPoints < 0) {
            throw new IllegalArgumentException("tax rate must not be negative, was " + rateBasisPoints);
        }
        long divisor = 10_000L + rateBasisPoints;
        long tax = Math.floorDiv(amountMinor * rateBasisPoints * 2 + divisor, divisor * 2);
        return new Money(tax, currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }

    @Override
    public String toString() {
        return "%s %d.%02d".formatted(currency, amountMinor / 100, Math.abs(amountMinor % 100));
    }
}
