package com.boxoffice.node.payment;

import com.boxoffice.model.Money;
import java.util.Optional;

/**
 * A card payment terminal: money is first authorized (reserved on the card), then captured
 * (taken), or voided (given back untaken); a captured charge can be refunded. Capture, void
 * and refund of one authorization happen at most once each; repeating one is harmless.
 */
public interface PaymentTerminal {

    /**
     * Asks the card's bank to reserve the amount.
     *
     * @param reference the payment's idempotency key, so that an answer lost in a crash can be
     *                  found again with {@link #approvedAuthorization(String)}
     */
    Authorization authorize(String reference, Money amount, CardNumber card);

    void capture(String authorizationId);

    void voidAuthorization(String authorizationId);

    void refund(String authorizationId);

    /** The approved authorization made for a reference, if any. */
    Optional<String> approvedAuthorization(String reference);

    /** The terminal's answer to an authorization. */
    sealed interface Authorization {

        record Approved(String authorizationId) implements Authorization {
        }

        record Declined(String reason) implements Authorization {
        }
    }
}
