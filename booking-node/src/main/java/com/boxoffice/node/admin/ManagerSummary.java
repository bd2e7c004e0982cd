package com.boxoffice.node.admin;

import java.io.Serializable;
import java.time.Instant;

/**
 * A manager account as operators and sessions see it: never the password or its hash.
 */
public record ManagerSummary(String id, String name, Instant createdAt) implements Serializable {
}
