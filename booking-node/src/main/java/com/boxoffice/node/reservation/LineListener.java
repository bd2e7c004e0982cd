package com.boxoffice.node.reservation;

import com.boxoffice.node.reservation.ledger.LineChanges;

/**
 * Told on the member that called a show's waiting line when the line moved: seats offered,
 * waits ended. The waiting list uses it to tell waiting customers on every node.
 */
@FunctionalInterface
public interface LineListener {

    void lineChanged(LineChanges changes);
}
