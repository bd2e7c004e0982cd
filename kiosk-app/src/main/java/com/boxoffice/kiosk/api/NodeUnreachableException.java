package com.boxoffice.kiosk.api;

import java.net.URI;
import java.util.List;

/**
 * No booking node answered: every configured address refused, timed out or broke off.
 */
public final class NodeUnreachableException extends RuntimeException {

    public NodeUnreachableException(List<URI> nodes, Throwable cause) {
        super("no booking node answered at " + nodes, cause);
    }
}
