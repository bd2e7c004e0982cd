package com.boxoffice.model;

/**
 * A hall as shows and seat maps name it.
 */
public record HallRef(long id, String name) {
}
