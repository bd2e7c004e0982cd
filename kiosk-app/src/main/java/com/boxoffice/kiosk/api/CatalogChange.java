package com.boxoffice.kiosk.api;

/**
 * How a manager's change to the catalog ended: done, with what the node made of it, or refused
 * with the node's own sentence and the field it names, so the screen can say why.
 */
public sealed interface CatalogChange<T> {

    record Done<T>(T value) implements CatalogChange<T> {
    }

    record Refused<T>(String message, String field) implements CatalogChange<T> {
    }
}
