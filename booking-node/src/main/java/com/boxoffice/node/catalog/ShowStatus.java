package com.boxoffice.node.catalog;

/**
 * A show is scheduled until a manager cancels it; a cancelled show is neither listed nor sold.
 */
public enum ShowStatus {
    SCHEDULED,
    CANCELLED
}
