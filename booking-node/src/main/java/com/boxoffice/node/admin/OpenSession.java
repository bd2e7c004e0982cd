package com.boxoffice.node.admin;

import java.io.Serializable;
import java.time.Instant;

/**
 * A manager's session as the cluster keeps it, under the hash of its token. Whether it still
 * works is decided by {@code expiresAt}, never by whether Hazelcast has removed the entry yet.
 */
record OpenSession(ManagerSummary manager, Instant expiresAt) implements Serializable {

    boolean openAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
