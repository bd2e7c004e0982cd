package com.boxoffice.node.payment;

import java.util.Optional;

/**
 * A card number as typed, checked for shape and check digit. Only {@link #lastFour()} may be
 * stored or logged; {@link #toString()} masks the rest.
 */
public final class CardNumber {

    private final String digits;

    private CardNumber(String digits) {
        this.digits = digits;
    }

    /** Spaces and dashes between groups are allowed; the result is empty when it is no card. */
    public static Optional<CardNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replace(" ", "").replace("-", "");
        if (!digits.matches("\\d{12,19}") || !passesLuhn(digits)) {
            return Optional.empty();
        }
        return Optional.of(new CardNumber(digits));
    }

    /** The Luhn check digit catches every single mistyped digit and most swaps. */
    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    public String lastFour() {
        return digits.substring(digits.length() - 4);
    }

    /** The full number, for the terminal only. */
    String digits() {
        return digits;
    }

    @Override
    public String toString() {
        return "****" + lastFour();
    }
}
