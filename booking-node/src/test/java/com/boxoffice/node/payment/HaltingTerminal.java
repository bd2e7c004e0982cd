package com.boxoffice.node.payment;

import com.boxoffice.model.Money;
import java.util.Optional;

/**
 * Wraps the demo terminal and stops the payment flow at a chosen point, as a node that dies
 * there would: after the terminal approved, or just before a charge is captured or refunded.
 */
final class HaltingTerminal implements PaymentTerminal {

    enum HaltPoint { NONE, AFTER_AUTHORIZE, BEFORE_CAPTURE, BEFORE_REFUND }

    private final PaymentTerminal terminal;
    private volatile HaltPoint haltPoint = HaltPoint.NONE;

    HaltingTerminal(PaymentTerminal terminal) {
        this.terminal = terminal;
    }

    void haltAt(HaltPoint point) {
        haltPoint = point;
    }

    @Override
    public Authorization authorize(String reference, Money amount, CardNumber card) {
        Authorization answer = terminal.authorize(reference, amount, card);
        if (haltPoint == HaltPoint.AFTER_AUTHORIZE) {
            throw new NodeHalted("after authorize");
        }
        return answer;
    }

    @Override
    public void capture(String authorizationId) {
        if (haltPoint == HaltPoint.BEFORE_CAPTURE) {
            throw new NodeHalted("before capture");
        }
        terminal.capture(authorizationId);
    }

    @Override
    public void voidAuthorization(String authorizationId) {
        terminal.voidAuthorization(authorizationId);
    }

    @Override
    public void refund(String authorizationId) {
        if (haltPoint == HaltPoint.BEFORE_REFUND) {
            throw new NodeHalted("before refund");
        }
        terminal.refund(authorizationId);
    }

    @Override
    public Optional<String> approvedAuthorization(String reference) {
        return terminal.approvedAuthorization(reference);
    }

    /** The node "died" here: nothing after this point of the flow ran. */
    static final class NodeHalted extends RuntimeException {
        NodeHalted(String where) {
            super("node halted " + where);
        }
    }
}
