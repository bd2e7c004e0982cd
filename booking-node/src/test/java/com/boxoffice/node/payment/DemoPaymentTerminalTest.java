package com.boxoffice.node.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.boxoffice.model.Money;
import com.boxoffice.node.payment.PaymentTerminal.Authorization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The demo terminal's journal keeps a card issuer's rules: an approved amount is captured or
 * voided, once, never both, and only a captured one is refunded.
 */
class DemoPaymentTerminalTest {

    private static final Money AMOUNT = Money.of(2400, "EUR");

    private static PaymentDatabase database;
    private DemoPaymentTerminal terminal;

    @BeforeAll
    static void startDatabase() {
        database = PaymentDatabase.start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void clear() {
        database.clear();
        terminal = new DemoPaymentTerminal(database.sessions(),
                new TestClock(Instant.parse("2026-12-03T12:00:00Z")));
    }

    @Test
    void capturesAnApprovalOnceHoweverOftenAsked() {
        String authorization = approve("pay-1");

        terminal.capture(authorization);
        terminal.capture(authorization);

        assertThat(operationsOf(authorization)).containsExactly("AUTHORIZE", "CAPTURE");
    }

    @Test
    void refusesToVoidACapturedChargeOrCaptureAVoidedOne() {
        String captured = approve("pay-1");
        String voided = approve("pay-2");
        terminal.capture(captured);
        terminal.voidAuthorization(voided);

        assertThatThrownBy(() -> terminal.voidAuthorization(captured))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot VOID");
        assertThatThrownBy(() -> terminal.capture(voided))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot CAPTURE");
        assertThat(operationsOf(captured)).containsExactly("AUTHORIZE", "CAPTURE");
        assertThat(operationsOf(voided)).containsExactly("AUTHORIZE", "VOID");
    }

    @Test
    void refundsOnlyACapturedCharge() {
        String captured = approve("pay-1");
        String uncaptured = approve("pay-2");
        terminal.capture(captured);

        terminal.refund(captured);
        terminal.refund(captured);

        assertThatThrownBy(() -> terminal.refund(uncaptured))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never captured");
        assertThat(operationsOf(captured)).containsExactly("AUTHORIZE", "CAPTURE", "REFUND");
        assertThat(operationsOf(uncaptured)).containsExactly("AUTHORIZE");
    }

    @Test
    void refusesToFollowAnAuthorizationItNeverGave() {
        assertThatThrownBy(() -> terminal.capture("auth_unknown"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no approved authorization auth_unknown");
        assertThat(database.count("terminal_operations")).isZero();
    }

    @RepeatedTest(5)
    void letsOnlyOneOfACaptureAndAVoidAskedAtOnceGoThrough() throws Exception {
        String authorization = approve("pay-1");
        List<Callable<Boolean>> both = List.of(
                () -> succeeds(() -> terminal.capture(authorization)),
                () -> succeeds(() -> terminal.voidAuthorization(authorization)));

        List<Boolean> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Future<Boolean> outcome : pool.invokeAll(both)) {
                outcomes.add(outcome.get());
            }
        }

        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(operationsOf(authorization)).hasSize(2)
                .containsAnyOf("CAPTURE", "VOID").doesNotContain("REFUND");
    }

    private String approve(String reference) {
        Authorization answer = terminal.authorize(reference, AMOUNT,
                CardNumber.parse(DemoPaymentTerminal.APPROVED_CARD).orElseThrow());
        return ((Authorization.Approved) answer).authorizationId();
    }

    private List<String> operationsOf(String authorization) {
        return terminal.operations().stream()
                .filter(o -> o.authorizationId().equals(authorization))
                .map(DemoPaymentTerminal.TerminalOperation::operation)
                .toList();
    }

    private static boolean succeeds(Runnable operation) {
        try {
            operation.run();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
