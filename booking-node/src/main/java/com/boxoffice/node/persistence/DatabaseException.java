package com.boxoffice.node.persistence;

/**
 * The database failed underneath a piece of work; a bug or an outage, never a user's mistake.
 */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
