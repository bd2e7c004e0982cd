package com.boxoffice.model.api;

/**
 * How a customer pays; the demo terminal takes {@code CARD} with a card number.
 */
public record PaymentMethod(String type, String cardNumber) {

    /** The card number with all but the last four digits masked, fit for logs and receipts. */
    public String maskedCard() {
        if (cardNumber == null || cardNumber.length() < 4) {
            return "****";
        }
        return "****" + cardNumber.substring(cardNumber.length() - 4);
    }

    @Override
    public String toString() {
        return "PaymentMethod[type=" + type + ", card=" + maskedCard() + "]";
    }
}
