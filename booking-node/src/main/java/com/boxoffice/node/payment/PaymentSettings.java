package com.boxoffice.node.payment;

import java.time.Duration;

/**
 * How payments are recovered.
 *
 * @param settleAfter    how long an unfinished payment is left to the node working on it before
 *                       recovery takes it up; longer than any terminal call
 * @param recoveryPeriod how often each node looks for unfinished payments
 */
public record PaymentSettings(Duration settleAfter, Duration recoveryPeriod) {

    public static final Duration DEFAULT_SETTLE_AFTER = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RECOVERY_PERIOD = Duration.ofSeconds(10);

    public PaymentSettings {
        if (settleAfter.isNegative() || settleAfter.isZero()) {
            throw new IllegalArgumentException("settleAfter must be positive, was " + settleAfter);
        }
        if (recoveryPeriod.isNegative() || recoveryPeriod.isZero()) {
            throw new IllegalArgumentException(
                    "recoveryPeriod must be positive, was " + recoveryPeriod);
        }
    }

    public static PaymentSettings defaults() {
        return new PaymentSettings(DEFAULT_SETTLE_AFTER, DEFAULT_RECOVERY_PERIOD);
    }
}
