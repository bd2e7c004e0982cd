package com.boxoffice.node.reservation.ledger;

import com.boxoffice.model.WaitStatus;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The customers waiting for seats of one show, in arrival order, as part of the show's ledger.
 * It decides who is offered which seats; the ledger holds them in the same step.
 */
final class WaitingLine implements Serializable {

    /** How long a customer whose wait ended can still read how it ended. */
    static final long KEEP_ENDED_MILLIS = Duration.ofHours(1).toMillis();

    private final List<WaitingCustomer> customers = new ArrayList<>();

    List<WaitingCustomer> customers() {
        return List.copyOf(customers);
    }

    /** Nobody waits and no ended wait is kept: calling the line has nothing to do. */
    boolean isEmpty() {
        return customers.isEmpty();
    }

    boolean hasWaiting() {
        return customers.stream().anyMatch(WaitingCustomer::isWaiting);
    }

    Optional<WaitingCustomer> find(String waitId) {
        return customers.stream().filter(c -> c.waitId().equals(waitId)).findFirst();
    }

    /** Counts from 1 among those still waiting; 0 for a customer no longer waiting. */
    int positionOf(String waitId) {
        int position = 0;
        for (WaitingCustomer customer : customers) {
            if (customer.isWaiting()) {
                position++;
            }
            if (customer.waitId().equals(waitId)) {
                return customer.isWaiting() ? position : 0;
            }
        }
        return 0;
    }

    List<WaitingCustomer> activeOfSession(String sessionId) {
        return customers.stream()
                .filter(c -> c.isActive() && c.sessionId().equals(sessionId))
                .toList();
    }

    void add(WaitingCustomer customer) {
        customers.add(customer);
    }

    void replace(WaitingCustomer changed) {
        customers.replaceAll(c -> c.waitId().equals(changed.waitId()) ? changed : c);
    }

    Optional<WaitingCustomer> byOffer(String reservationId) {
        return customers.stream()
                .filter(c -> c.offer() != null && c.offer().reservationId().equals(reservationId))
                .findFirst();
    }

    /**
     * The seats that waiting customers would be offered from these free seats, were the line
     * called now. A walk-in may not take them: a lapsed or released hold's seats belong to the
     * line until the next call hands them out.
     */
    Set<String> promised(List<String> free, long now) {
        List<String> left = new ArrayList<>(free);
        Set<String> promised = new LinkedHashSet<>();
        for (WaitingCustomer customer : customers) {
            if (customer.isWaiting() && now < customer.waitUntil()
                    && customer.seatCount() <= left.size()) {
                List<String> seats = SeatChoice.pick(left, customer.seatCount());
                promised.addAll(seats);
                left.removeAll(seats);
            }
        }
        return promised;
    }

    /**
     * Calls the line in arrival order: a wait past its end expires; a customer asking more
     * seats than remain unsold cannot be served; the first whose count fits the free seats is
     * offered them, then the next, while free seats and offer ids last.
     *
     * @param unsold seats neither sold nor anything else: free plus held
     */
    Called call(WaitingCall call, String showPrefix, List<String> free, int unsold) {
        List<String> left = new ArrayList<>(free);
        List<LineOffer> offers = new ArrayList<>();
        List<WaitingCustomer> ended = new ArrayList<>();
        Iterator<String> ids = call.offerIds().iterator();
        long now = call.now();

        for (WaitingCustomer customer : List.copyOf(customers)) {
            if (!customer.isWaiting()) {
                continue;
            }
            if (now >= customer.waitUntil()) {
                ended.add(end(customer, WaitStatus.EXPIRED, now));
            } else if (customer.seatCount() > unsold) {
                ended.add(end(customer, WaitStatus.CANNOT_BE_SERVED, now));
            } else if (customer.seatCount() <= left.size() && ids.hasNext()) {
                List<String> seats = SeatChoice.pick(left, customer.seatCount());
                left.removeAll(seats);
                LineOffer offer = new LineOffer(customer.waitId(), customer.sessionId(),
                        customer.apiKeyId(), showPrefix + ids.next(), seats, call.offerUntil());
                replace(customer.offered(offer));
                offers.add(offer);
            }
        }

        boolean pruned = customers.removeIf(c -> !c.isActive()
                && c.finishedAt() + KEEP_ENDED_MILLIS < now);
        return new Called(offers, ended, pruned);
    }

    /** An offer's hold ended without a sale: the customer's wait is over. */
    Optional<WaitingCustomer> offerEnded(String reservationId, WaitStatus status, long now) {
        Optional<WaitingCustomer> customer = byOffer(reservationId)
                .filter(c -> c.status() == WaitStatus.SEATS_AVAILABLE);
        customer.ifPresent(c -> replace(c.finished(status, now)));
        return customer;
    }

    WaitingCustomer end(WaitingCustomer customer, WaitStatus status, long now) {
        WaitingCustomer ended = customer.finished(status, now);
        replace(ended);
        return ended;
    }

    /** What one call did; {@code pruned} says long-ended customers were forgotten. */
    record Called(List<LineOffer> offers, List<WaitingCustomer> ended, boolean pruned) {

        boolean changedAnything() {
            return pruned || !offers.isEmpty() || !ended.isEmpty();
        }
    }
}
