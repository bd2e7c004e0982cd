package com.boxoffice.node.reservation.ledger;

import java.io.Serializable;

/**
 * A waiting customer as the ledger has them, with their place in line: 1 for the next to be
 * called, 0 once they no longer wait.
 */
public record WaiterPlace(WaitingCustomer customer, int position) implements Serializable {
}
