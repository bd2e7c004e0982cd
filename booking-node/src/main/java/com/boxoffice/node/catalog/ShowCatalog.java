package com.boxoffice.node.catalog;

import java.util.Optional;

/**
 * Looks up shows for the reservation engine; implementations cache what they read.
 */
public interface ShowCatalog {

    Optional<ShowSnapshot> show(long showId);
}
