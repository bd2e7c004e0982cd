package com.boxoffice.node.payment;

import com.boxoffice.model.api.PaymentMethod;
import com.boxoffice.model.api.PaymentRequest;
import com.boxoffice.node.http.ApiException;

/**
 * Checks a payment request before anything is stored or asked: a refusal names the field.
 */
final class PaymentValidation {

    static final int MAX_KEY_LENGTH = 100;

    private PaymentValidation() {
    }

    /** The card to charge, or a 400 naming the first field at fault. */
    static CardNumber card(PaymentRequest request) {
        if (request == null) {
            throw ApiException.badRequest("body", "a payment needs a JSON body");
        }
        requireKey(request.idempotencyKey());
        PaymentMethod method = request.method();
        if (method == null) {
            throw ApiException.badRequest("method", "method is required");
        }
        if (method.type() == null || method.type().isBlank()) {
            throw ApiException.badRequest("method.type", "method.type is required");
        }
        if (!"CARD".equals(method.type())) {
            throw ApiException.badRequest("method.type",
                    "method.type must be CARD, was " + method.type());
        }
        if (method.cardNumber() == null || method.cardNumber().isBlank()) {
            throw ApiException.badRequest("method.cardNumber", "method.cardNumber is required");
        }
        return CardNumber.parse(method.cardNumber()).orElseThrow(() -> ApiException.badRequest(
                "method.cardNumber", "method.cardNumber is not a valid card number "
                        + "(12 to 19 digits with a correct check digit)"));
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw ApiException.badRequest("idempotencyKey", "idempotencyKey is required");
        }
        if (key.length() > MAX_KEY_LENGTH || !key.matches("[\\x21-\\x7E]+")) {
            throw ApiException.badRequest("idempotencyKey", "idempotencyKey must be 1 to "
                    + MAX_KEY_LENGTH + " visible ASCII characters");
        }
    }
}
