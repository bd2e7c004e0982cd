package com.boxoffice.node.waitlist;

import java.io.Serializable;

/**
 * Travels to every member when a show's waiting line changed, so that each node tells its own
 * listeners; the listeners read their place again.
 */
record WaitlistChanged(long showId) implements Serializable {
}
