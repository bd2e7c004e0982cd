package com.boxoffice.node.payment;

import java.util.function.UnaryOperator;

/**
 * How a node takes payments: its recovery timing, and a wrapper around its terminal, through
 * which tests stop a payment half-way as a dying node would.
 */
public record PaymentWiring(PaymentSettings settings, UnaryOperator<PaymentTerminal> terminal) {

    /** The demo terminal as it is, with the default recovery timing. */
    public static PaymentWiring defaults() {
        return new PaymentWiring(PaymentSettings.defaults(), UnaryOperator.identity());
    }
}
