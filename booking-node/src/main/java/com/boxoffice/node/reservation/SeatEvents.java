package com.boxoffice.node.reservation;

import com.boxoffice.node.reservation.ledger.SeatsChanged;
import com.hazelcast.topic.ITopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every member of the cluster which seats changed, so that a seat-map listener connected
 * to any node hears of a change decided on any node.
 */
final class SeatEvents {

    private static final Logger log = LoggerFactory.getLogger(SeatEvents.class);

    private final ITopic<SeatsChanged> topic;

    SeatEvents(ITopic<SeatsChanged> topic) {
        this.topic = topic;
    }

    void publish(SeatsChanged changes) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            topic.publish(changes);
        } catch (RuntimeException e) {
            // The seats changed all the same; a listener sees it on its next seat-map read.
            log.warn("Could not announce changed seats {} of show {}: {}", changes.seats(),
                    changes.showId(), e.toString());
        }
    }
}
